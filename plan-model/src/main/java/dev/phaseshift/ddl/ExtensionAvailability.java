package dev.phaseshift.ddl;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.schema.Snapshot;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Whether a server can load a snapshot's extensions: the rendered DDL starts with {@code CREATE EXTENSION} for
 * each of them, and on a server whose packages lack one, that first statement fails. Checking up front names
 * every missing extension at once instead of failing on the first.
 */
public final class ExtensionAvailability {
    /** What a PostgreSQL server answers with the names {@link #missing} takes. */
    public static final String AVAILABLE_EXTENSIONS = "SELECT name FROM pg_available_extensions";

    private ExtensionAvailability() {
    }

    /**
     * One error per extension of {@code snapshot} whose name is not among {@code available} (the target's
     * {@code pg_available_extensions}), in name order; none when all are there.
     */
    public static List<Problem> missing(Snapshot snapshot, Collection<String> available) {
        Set<String> names = Set.copyOf(available);
        return snapshot.canonical().extensions().stream()
                .filter(e -> !names.contains(e.name()))
                .map(e -> Problem.error("missing-extension", "extension \"" + e.name() + "\""
                                + (e.version() == null ? "" : " version \"" + e.version() + "\"")
                                + " of service \"" + snapshot.service() + "\" is not available on the target server",
                        "install the package that provides \"" + e.name() + "\" on that server (contrib extensions "
                                + "come with postgresql-contrib), or load the snapshot elsewhere", null))
                .toList();
    }
}
