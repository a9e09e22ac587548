package dev.phaseshift.bench;

import dev.phaseshift.introspect.Credentials;
import dev.phaseshift.introspect.DatabaseConnector;
import dev.phaseshift.introspect.EstateIntrospection;
import dev.phaseshift.introspect.IntrospectionOutcome;
import dev.phaseshift.introspect.IntrospectionRequest;
import dev.phaseshift.introspect.Introspector;
import dev.phaseshift.introspect.ServiceTarget;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import schemacrawler.schema.Catalog;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;
import us.fatehi.utility.datasource.MultiUseUserCredentials;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Times introspection of a synthetic estate against its floor and against SchemaCrawler, in one run on the same
 * databases: about 3,000 tables over 18 databases (half PostgreSQL, half MySQL/MariaDB), plus one PostgreSQL
 * database of 2,000 tables and 4,000 foreign keys. For each: ours ({@link EstateIntrospection}, services in
 * parallel as {@code phaseshift inspect} reads them), the bare catalog queries (the introspectors' own SQL with
 * its parameters, replayed with every row fetched and nothing built: see {@link CatalogQueryLog}), and
 * SchemaCrawler at its standard info level with its PostgreSQL and MySQL plugins, with the same parallelism.
 * Creates its databases on the local test servers ({@link TestServers}) and drops them at the end.
 *
 * <p>Run: {@code ./mvnw -q -pl plan-model test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.phaseshift.bench.IntrospectionBenchmark}. Arguments (all optional): databases,
 * tables in total, timed runs, SchemaCrawler timed runs; defaults 18 3000 5 1.
 */
public final class IntrospectionBenchmark {
    private static final int PARALLELISM = EstateIntrospection.DEFAULT_PARALLELISM;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    /** Held, so that java.util.logging keeps the levels: SchemaCrawler logs each catalog load at INFO. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("schemacrawler"), Logger.getLogger("us.fatehi"));

    private IntrospectionBenchmark() {
    }

    /** One synthetic service: its database, engine and the target that reads it. */
    private record Service(String name, TestDatabase db, Engine engine, ServiceTarget target) {
        String schema() {
            return engine == Engine.POSTGRESQL ? "public" : db.name();
        }
    }

    /** The figures of one scenario, in seconds (median of the timed runs). */
    private record Figures(String scenario, int tables, int foreignKeys, double ours, double bare, double crawler,
                           int crawlerTables) {
    }

    public static void main(String[] args) throws Exception {
        int databases = args.length > 0 ? Integer.parseInt(args[0]) : 18;
        int totalTables = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int crawlerRuns = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));

        DatabaseServer pg = TestServers.postgres();
        DatabaseServer mysql = TestServers.mysql();
        System.out.printf("servers: %s [%s], %s [%s]; %d cores%n", pg, pg.serverVersion(), mysql,
                mysql.serverVersion(), Runtime.getRuntime().availableProcessors());
        List<Service> estate = new ArrayList<>();
        List<Service> big = new ArrayList<>();
        try {
            long start = System.nanoTime();
            int perDatabase = Math.max(1, totalTables / databases);
            List<Callable<Service>> creating = new ArrayList<>();
            for (int i = 0; i < databases; i++) {
                DatabaseServer server = i % 2 == 0 ? pg : mysql;
                String name = String.format(Locale.ROOT, "svc%02d", i);
                creating.add(() -> create(server, name, perDatabase, 1));
            }
            creating.add(() -> create(pg, "big", 2000, 2));
            List<Service> created = inParallel(creating);
            estate.addAll(created.subList(0, databases));
            big.add(created.get(databases));
            System.out.printf("created %d databases (%d tables each) and one of 2,000 tables in %.1f s%n",
                    databases, perDatabase, seconds(System.nanoTime() - start));

            List<Figures> figures = new ArrayList<>();
            figures.add(measure("estate: " + databases + " databases", estate, runs, crawlerRuns));
            figures.add(measure("postgresql: 2,000 tables, 4,000 FKs", big, runs, crawlerRuns));
            print(figures);
        } finally {
            for (Service s : estate) {
                s.db().close();
            }
            for (Service s : big) {
                s.db().close();
            }
        }
    }

    private static Service create(DatabaseServer server, String name, int tables, int foreignKeys)
            throws SQLException {
        TestDatabase db = server.createDatabase("bench_" + name);
        Engine engine = Engine.fromId(server.engine().id());
        SyntheticSchema.load(db, engine, tables, foreignKeys);
        ServiceTarget target = new ServiceTarget(engine, db.url(), Credentials.of(server.user(), server.password()),
                IntrospectionRequest.of(name).withStatementTimeout(TIMEOUT));
        return new Service(name, db, engine, target);
    }

    private static Figures measure(String scenario, List<Service> services, int runs, int crawlerRuns)
            throws Exception {
        EstateIntrospection introspection = new EstateIntrospection(new DatabaseConnector(), PARALLELISM);
        List<CatalogQueryLog> logs = new ArrayList<>();
        int tables = 0;
        int foreignKeys = 0;
        for (Service s : services) {
            CatalogQueryLog log = new CatalogQueryLog();
            try (Connection c = connect(s)) {
                Snapshot snapshot = Introspector.forEngine(s.engine()).introspect(log.recording(c),
                        s.target().request());
                tables += snapshot.tableCount();
                foreignKeys += snapshot.foreignKeyCount();
            }
            logs.add(log);
        }
        double[] ours = new double[runs];
        double[] bare = new double[runs];
        // warm-up of both, then alternate so that server caches favour neither
        timeOurs(introspection, services);
        timeBare(services, logs);
        for (int r = 0; r < runs; r++) {
            ours[r] = timeOurs(introspection, services);
            bare[r] = timeBare(services, logs);
        }
        int[] crawlerTables = new int[1];
        double[] crawler = new double[crawlerRuns];
        // SchemaCrawler runs take minutes, dominated by server round trips: warm up on one service only
        timeCrawler(services.subList(0, 1), crawlerTables);
        for (int r = 0; r < crawlerRuns; r++) {
            crawler[r] = timeCrawler(services, crawlerTables);
        }
        System.out.printf("%s: ours %s s, bare %s s, SchemaCrawler %s s%n", scenario, Arrays.toString(ours),
                Arrays.toString(bare), Arrays.toString(crawler));
        return new Figures(scenario, tables, foreignKeys, median(ours), median(bare), median(crawler),
                crawlerTables[0]);
    }

    private static double timeOurs(EstateIntrospection introspection, List<Service> services)
            throws InterruptedException {
        long start = System.nanoTime();
        Map<String, IntrospectionOutcome> outcomes = introspection.introspect(
                services.stream().map(Service::target).toList());
        double took = seconds(System.nanoTime() - start);
        for (IntrospectionOutcome o : outcomes.values()) {
            if (o instanceof IntrospectionOutcome.Failure f) {
                throw new IllegalStateException("service \"" + f.service() + "\": " + f.error().getMessage(),
                        f.error());
            }
        }
        return took;
    }

    private static double timeBare(List<Service> services, List<CatalogQueryLog> logs) throws Exception {
        List<Callable<Long>> replays = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            Service s = services.get(i);
            CatalogQueryLog log = logs.get(i);
            replays.add(() -> {
                try (Connection c = connect(s)) {
                    return log.replay(c);
                }
            });
        }
        long start = System.nanoTime();
        inParallel(replays);
        return seconds(System.nanoTime() - start);
    }

    private static double timeCrawler(List<Service> services, int[] tables) throws Exception {
        List<Callable<Integer>> crawls = new ArrayList<>();
        for (Service s : services) {
            crawls.add(() -> crawl(s));
        }
        long start = System.nanoTime();
        List<Integer> counts = inParallel(crawls);
        double took = seconds(System.nanoTime() - start);
        tables[0] = counts.stream().mapToInt(Integer::intValue).sum();
        return took;
    }

    /** SchemaCrawler's standard info level on the service's one schema; returns the tables and views it found. */
    private static int crawl(Service s) throws Exception {
        SchemaCrawlerOptions options = SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                .withLoadOptions(LoadOptionsBuilder.builder()
                        .withSchemaInfoLevel(SchemaInfoLevelBuilder.standard()).toOptions())
                .withLimitOptions(LimitOptionsBuilder.builder()
                        .includeSchemas(Pattern.compile(".*" + Pattern.quote(s.schema()))).toOptions());
        DatabaseConnectionSource source = DatabaseConnectionSources.newDatabaseConnectionSource(s.db().url(),
                new MultiUseUserCredentials(s.db().server().user(), s.db().server().password()));
        try {
            Catalog catalog = SchemaCrawlerUtility.getCatalog(source, options);
            return catalog.getTables().size();
        } finally {
            source.close();
        }
    }

    private static Connection connect(Service s) throws Exception {
        return new DatabaseConnector().connect(s.name(), s.engine(), s.db().url(), s.target().credentials(), TIMEOUT);
    }

    private static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM);
        try {
            List<Future<T>> futures = pool.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void print(List<Figures> figures) {
        System.out.println();
        System.out.printf("%-36s %6s %6s %9s %9s %9s %13s %8s %9s%n", "scenario", "tables", "FKs", "ours s",
                "bare s", "ours/bare", "SchemaCrawler", "SC/ours", "SC tables");
        for (Figures f : figures) {
            System.out.printf(Locale.ROOT, "%-36s %6d %6d %9.3f %9.3f %9.2f %13.3f %8.1f %9d%n", f.scenario(),
                    f.tables(), f.foreignKeys(), f.ours(), f.bare(), f.ours() / f.bare(), f.crawler(),
                    f.crawler() / f.ours(), f.crawlerTables());
        }
        System.out.println("(median seconds; ours and SchemaCrawler with " + PARALLELISM
                + " services in parallel; SC tables counts tables and views)");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
