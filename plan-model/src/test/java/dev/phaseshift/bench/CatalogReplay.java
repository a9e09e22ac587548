package dev.phaseshift.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * The floor process of {@link InspectProcessBenchmark}: a fresh JVM that connects with the plain JDBC driver,
 * replays a saved {@link CatalogQueryLog} (the introspector's own catalog statements, every row fetched) and
 * exits, building and writing nothing. Arguments: log file, JDBC URL, user; the password, if any, from the
 * environment variable {@code PHASESHIFT_BENCH_PASSWORD}.
 */
public final class CatalogReplay {
    private CatalogReplay() {
    }

    public static void main(String[] args) throws Exception {
        CatalogQueryLog log = CatalogQueryLog.load(Path.of(args[0]));
        String password = System.getenv().getOrDefault("PHASESHIFT_BENCH_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(args[1], args[2], password)) {
            long rows = log.replay(c);
            System.out.println(rows + " rows");
        }
    }
}
