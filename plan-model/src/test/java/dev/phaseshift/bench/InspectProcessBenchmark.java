package dev.phaseshift.bench;

import dev.phaseshift.introspect.Credentials;
import dev.phaseshift.introspect.DatabaseConnector;
import dev.phaseshift.introspect.IntrospectionRequest;
import dev.phaseshift.introspect.Introspector;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code phaseshift inspect} as a user runs it — a fresh JVM that reads the database and writes the snapshot file,
 * started by the command-line distribution's {@code bin/phaseshift} launcher and by {@code java -jar} — against
 * its floor: a fresh JVM with only the JDBC driver that sends the introspector's own catalog statements and
 * fetches every row ({@link CatalogReplay}). All whole processes, cold (a new JVM each time, OS caches warm),
 * alternated so server caches favour none. The database is the synthetic PostgreSQL one of
 * {@link IntrospectionBenchmark}: 2,000 tables and 4,000 foreign keys.
 *
 * <p>Run after {@code ./mvnw -B -q -DskipTests package}, which builds the jar and the distribution:
 * {@code ./mvnw -q -pl plan-model test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.phaseshift.bench.InspectProcessBenchmark}. Arguments (all optional): timed runs, tables,
 * foreign keys per table; defaults 5 2000 2.
 */
public final class InspectProcessBenchmark {
    private static final String PASSWORD_VARIABLE = "PHASESHIFT_BENCH_PASSWORD";
    private static final String BARE = "bare catalog queries (plain java, JDBC driver only)";

    private InspectProcessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int tables = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int foreignKeys = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path jar = WholeProcess.jar();
        DatabaseServer pg = TestServers.postgres();
        Path work = Files.createTempDirectory("phaseshift-inspect-bench");
        try (TestDatabase db = pg.createDatabase("bench_inspect")) {
            SyntheticSchema.load(db, Engine.POSTGRESQL, tables, foreignKeys);
            Path log = work.resolve("catalog.log");
            Snapshot snapshot = record(db, log);
            List<String> inspect = new ArrayList<>(List.of("inspect", "--url", db.url(), "--user", pg.user(),
                    "--out", work.resolve("snapshot.json").toString()));
            if (!pg.password().isEmpty()) {
                inspect.addAll(List.of("--password-env", PASSWORD_VARIABLE));
            }
            Map<String, List<String>> commands = new LinkedHashMap<>();
            commands.put("bin/phaseshift inspect (the distribution's launcher)",
                    WholeProcess.concat(List.of("sh", WholeProcess.launcher(work).toString()), inspect));
            commands.put("java -jar phaseshift.jar inspect",
                    WholeProcess.concat(List.of(WholeProcess.java(), "-jar", jar.toString()), inspect));
            commands.put(BARE, List.of(WholeProcess.java(), "-cp",
                    floorClassPath(), CatalogReplay.class.getName(), log.toString(), db.url(), pg.user()));
            System.out.printf(Locale.ROOT, "database: %d tables, %d foreign keys on %s [%s]; %d cores%n",
                    snapshot.tableCount(), snapshot.foreignKeyCount(), pg, pg.serverVersion(),
                    Runtime.getRuntime().availableProcessors());
            Map<String, String> environment = Map.of(PASSWORD_VARIABLE, pg.password());
            Map<String, double[]> seconds = new LinkedHashMap<>();
            for (List<String> command : commands.values()) {
                WholeProcess.seconds(command, environment, 0); // warm-up: OS caches, server caches
            }
            commands.keySet().forEach(k -> seconds.put(k, new double[runs]));
            for (int r = 0; r < runs; r++) {
                for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                    seconds.get(c.getKey())[r] = WholeProcess.seconds(c.getValue(), environment, 0);
                }
            }
            double floor = WholeProcess.median(seconds.get(BARE));
            System.out.println();
            for (Map.Entry<String, double[]> e : seconds.entrySet()) {
                double median = WholeProcess.median(e.getValue());
                System.out.printf(Locale.ROOT, "%-55s median %.3f s (%.2f x bare)  runs %s%n", e.getKey(), median,
                        median / floor, Arrays.toString(e.getValue()));
            }
            System.out.printf(Locale.ROOT, "snapshot file %.1f MB%n",
                    Files.size(work.resolve("snapshot.json")) / 1e6);
        } finally {
            WholeProcess.delete(work);
        }
    }

    /** Introspects once through a recording connection and saves the catalog statements for the floor process. */
    private static Snapshot record(TestDatabase db, Path log) throws Exception {
        CatalogQueryLog queries = new CatalogQueryLog();
        DatabaseServer server = db.server();
        try (Connection c = new DatabaseConnector().connect("bench", Engine.POSTGRESQL, db.url(),
                Credentials.of(server.user(), server.password()), Duration.ofMinutes(5))) {
            Snapshot snapshot = Introspector.forEngine(Engine.POSTGRESQL).introspect(queries.recording(c),
                    IntrospectionRequest.of("bench").withStatementTimeout(Duration.ofMinutes(5)));
            queries.save(log);
            return snapshot;
        }
    }

    /** The replay's own classes and the PostgreSQL driver, nothing else, so the floor loads no more than it needs. */
    private static String floorClassPath() throws Exception {
        return Path.of(CatalogReplay.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + File.pathSeparator
                + Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
