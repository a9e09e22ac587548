package dev.phaseshift.dryrun;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a shadow database, {@code phaseshift_shadow_<service>_<id>}: recognisable on any server, unique,
 * at most 63 bytes (PostgreSQL's limit; MySQL allows 64), and carrying its creation time in the id so that a
 * stale one can be told by age.
 *
 * @param service the service as it appears in the name: lower case, {@code [a-z0-9_]}, at most 30 characters
 * @param id      nine base-36 digits of the creation time in milliseconds, then four random base-36 digits
 */
public record ShadowName(String service, String id) {
    public static final String PREFIX = "phaseshift_shadow_";
    private static final int SERVICE_MAX = 30;
    private static final Pattern SHAPE = Pattern.compile(Pattern.quote(PREFIX) + "([a-z0-9_]{1,30})_([0-9a-z]{13})");

    public ShadowName {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(id, "id");
        if (!SHAPE.matcher(PREFIX + service + "_" + id).matches()) {
            throw new IllegalArgumentException("not a shadow name: service \"" + service + "\", id \"" + id + "\"");
        }
    }

    /** A fresh name for a shadow of {@code service}, created now. */
    public static ShadowName fresh(String service, Instant now) {
        String millis = Long.toString(now.toEpochMilli(), 36);
        String padded = "0".repeat(Math.max(0, 9 - millis.length())) + millis;
        String random = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);
        return new ShadowName(sanitize(service), padded + "0".repeat(4 - random.length()) + random);
    }

    /** Recognises a database name as a shadow's; anything else is empty. */
    public static Optional<ShadowName> parse(String databaseName) {
        Matcher m = SHAPE.matcher(databaseName);
        return m.matches() ? Optional.of(new ShadowName(m.group(1), m.group(2))) : Optional.empty();
    }

    /** When the shadow was created, from its id. */
    public Instant createdAt() {
        return Instant.ofEpochMilli(Long.parseLong(id.substring(0, 9), 36));
    }

    public String databaseName() {
        return PREFIX + service + "_" + id;
    }

    @Override
    public String toString() {
        return databaseName();
    }

    private static String sanitize(String service) {
        String s = service.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (s.isEmpty()) {
            s = "service";
        }
        return s.length() > SERVICE_MAX ? s.substring(0, SERVICE_MAX) : s;
    }
}
