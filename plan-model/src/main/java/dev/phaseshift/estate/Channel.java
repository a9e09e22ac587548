package dev.phaseshift.estate;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a consumer reaches another service's data; decides which changes it notices and when. */
public enum Channel {
    /** Connects to the owning service's database and queries it directly. */
    SHARED_DATABASE("shared-database", "shared database"),
    /** Queries a read replica of the owning service's database; sees changes after replication lag. */
    REPLICA("replica", "read replica"),
    /** Consumes change data capture or an event stream derived from the tables. */
    CDC("cdc", "CDC/event stream"),
    /** Reads a view the owning service publishes as its interface. */
    API_VIEW("api-view", "API view");

    private final String id;
    private final String description;

    Channel(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The word used in estate files and in explanations ({@code replica}). */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Optional<Channel> fromId(String text) {
        return Arrays.stream(values()).filter(c -> c.id.equals(text)).findFirst();
    }

    /** {@code shared-database, replica, cdc or api-view}, for messages. */
    public static String choices() {
        String all = Arrays.stream(values()).map(Channel::id).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
