package dev.phaseshift.ddl;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.testing.ClientProgram;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.LineDiff;
import dev.phaseshift.testing.SchemaDump;
import dev.phaseshift.testing.ServerKind;
import dev.phaseshift.testing.SqlFixtures;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Round trip with a second opinion: for every introspection fixture ({@code introspect/postgresql/*.sql},
 * {@code introspect/mysql/*.sql}, scanned, so new fixtures join by themselves) and every demo service, load the
 * SQL into a fresh database, introspect it, render the DDL, run the script with the engine's own client
 * ({@code psql -v ON_ERROR_STOP=1}, {@code mariadb}) in a second fresh database and introspect that. The two
 * snapshots must be equal after {@link FidelityNormalisation}, and the two databases' dumps ({@link SchemaDump})
 * must be equal too: the dump shows what a snapshot does not model.
 *
 * <p>MySQL fixtures named {@code mariadb-only.sql}/{@code mysql8-only.sql} are not cases of their own: they are
 * loaded after {@code rich.sql} when the server is that product, as {@link DdlFidelityTest} does. Both databases
 * are loaded through the client, so that session settings recorded with triggers and views ({@code sql_mode}) are
 * the same on both sides.
 */
class DumpRoundTripTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");
    private static final String MARIADB_ONLY = "mariadb-only.sql";
    private static final String MYSQL8_ONLY = "mysql8-only.sql";

    @TestFactory
    Stream<DynamicTest> postgresqlFixtures() throws Exception {
        return fixtures("postgresql").map(file -> DynamicTest.dynamicTest("postgresql/" + file,
                () -> check("postgresql/" + file, TestServers::postgres, List.of("/introspect/postgresql/" + file))));
    }

    @TestFactory
    Stream<DynamicTest> mysqlFixtures() throws Exception {
        return fixtures("mysql").filter(f -> !f.equals(MARIADB_ONLY) && !f.equals(MYSQL8_ONLY))
                .map(file -> DynamicTest.dynamicTest("mysql/" + file,
                        () -> check("mysql/" + file, TestServers::mysql, mysqlFiles(file))));
    }

    @TestFactory
    Stream<DynamicTest> demoServices() {
        return DemoEstate.load().snapshots().keySet().stream().sorted()
                .map(service -> DynamicTest.dynamicTest("demo/" + service, () -> {
                    Snapshot demo = DemoEstate.load().snapshot(service).orElseThrow();
                    Supplier<DatabaseServer> server = demo.engine() == dev.phaseshift.schema.Engine.POSTGRESQL
                            ? TestServers::postgres : TestServers::mysql;
                    check("demo/" + service, server, List.of("demo:" + service));
                }));
    }

    /**
     * The files of one case: a product add-on goes after rich.sql, for the product the server runs; the grants
     * of privileges.sql are on rich.sql's tables, so it goes after rich.sql (as its introspector test loads it).
     */
    private static List<String> mysqlFiles(String file) {
        List<String> files = new ArrayList<>();
        if (file.equals("privileges.sql")) {
            files.add("/introspect/mysql/rich.sql");
        }
        files.add("/introspect/mysql/" + file);
        if (file.equals("rich.sql")) {
            files.add("/introspect/mysql/" + (isMariaDb(TestServers.mysql()) ? MARIADB_ONLY : MYSQL8_ONLY));
        }
        return files;
    }

    private static void check(String name, Supplier<DatabaseServer> servers, List<String> files) throws Exception {
        roundTrip(name, servers.get(), files);
    }

    private static void roundTrip(String name, DatabaseServer server, List<String> files) throws Exception {
        String service = name.replaceAll("\\W", "_");
        try (Placeholders values = new Placeholders(server);
             TestDatabase source = server.createDatabase("dump_rt_source");
             TestDatabase copy = server.createDatabase("dump_rt_copy")) {
            values.put("db", source.name());
            for (String file : files) {
                runWithClient(source, values.fill(file, text(file)));
            }
            Snapshot original = RecreatedSnapshot.introspect(source, service);
            SchemaMapping mapping = RecreatedSnapshot.mappingInto(original, copy);
            runWithClient(copy, DdlRenderer.forSnapshot(original).script(original, mapping));
            Snapshot recreated = RecreatedSnapshot.introspect(copy, service);

            List<String> failures = new ArrayList<>();
            try {
                RecreatedSnapshot.assertEqual(original, mapping, recreated);
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
            String dumpDiff = LineDiff.unified("dump of the original (" + name + ")", SchemaDump.of(source),
                    "dump of the rendered copy", SchemaDump.of(copy));
            if (!dumpDiff.isEmpty()) {
                failures.add("the dumps differ:\n" + dumpDiff);
            }
            if (!failures.isEmpty()) {
                throw new AssertionError(values.generic(name + " does not round-trip:\n"
                        + String.join("\n", failures)));
            }
        }
    }

    /** The SQL of a fixture resource, or of a demo service ({@code demo:orders}). */
    private static String text(String file) {
        return file.startsWith("demo:") ? DemoEstate.sql(file.substring("demo:".length()))
                : SqlFixtures.resource(file);
    }

    private static Stream<String> fixtures(String engine) throws IOException, URISyntaxException {
        Path dir = Path.of(DumpRoundTripTest.class.getResource("/introspect/" + engine).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".sql")).sorted().toList()
                    .stream();
        }
    }

    /** Runs a script as a user would: psql stopping at the first error, or the mariadb/mysql client. */
    private static void runWithClient(TestDatabase db, String script) {
        List<String> args = db.server().engine() == ServerKind.POSTGRESQL
                ? List.of("-X", "-q", "-v", "ON_ERROR_STOP=1") : List.of();
        ClientProgram.shell(db.server().engine()).run(db, args, script);
    }

    private static boolean isMariaDb(DatabaseServer server) {
        try {
            return server.serverVersion().toLowerCase(Locale.ROOT).contains("mariadb");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the version of " + server, e);
        }
    }

    /**
     * Values for the {@code ${name}} placeholders of the fixtures, made on demand and removed on close: a role
     * (PostgreSQL {@code role}) or user (MySQL {@code user}) to grant to, the source database ({@code db}), and a
     * database holding {@code rich.sql} that another fixture references ({@code main}).
     */
    private static final class Placeholders implements AutoCloseable {
        private final DatabaseServer server;
        private final Map<String, String> values = new LinkedHashMap<>();
        private final List<String> principals = new ArrayList<>();
        private final List<TestDatabase> databases = new ArrayList<>();

        Placeholders(DatabaseServer server) {
            this.server = server;
        }

        void put(String key, String value) {
            values.put(key, value);
        }

        /** {@code text} with the made-up role, user and database names put back as {@code ${name}}. */
        String generic(String text) {
            String result = text;
            for (Map.Entry<String, String> e : values.entrySet()) {
                if (!e.getKey().equals("db")) {
                    result = result.replace(e.getValue(), "${" + e.getKey() + "}");
                }
            }
            return result;
        }

        String fill(String file, String text) throws SQLException {
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(value(file, m.group(1))));
            }
            return m.appendTail(out).toString();
        }

        private String value(String file, String key) throws SQLException {
            String known = values.get(key);
            if (known != null) {
                return known;
            }
            String made = switch (key) {
                case "role", "user" -> principal();
                case "main" -> mainDatabase();
                default -> throw new IllegalStateException(file + " uses ${" + key + "}: teach "
                        + "DumpRoundTripTest.Placeholders a value for it");
            };
            values.put(key, made);
            return made;
        }

        private String principal() throws SQLException {
            String name = "pstest_grantee_" + Long.toString(Math.abs(new SecureRandom().nextLong() % 1_000_000_000L), 36);
            String principal = server.engine() == ServerKind.POSTGRESQL ? name : "'" + name + "'@'%'";
            try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
                s.execute(server.engine() == ServerKind.POSTGRESQL ? "CREATE ROLE " + principal + " NOLOGIN"
                        : "CREATE USER " + principal);
            }
            principals.add(principal);
            return principal;
        }

        private String mainDatabase() throws SQLException {
            TestDatabase main = server.createDatabase("dump_rt_main");
            databases.add(main);
            for (String file : mysqlFiles("rich.sql")) {
                runWithClient(main, SqlFixtures.resource(file));
            }
            return main.name();
        }

        /** Runs after the case's own databases are dropped (declared first), so roles own nothing any more. */
        @Override
        public void close() throws SQLException {
            for (TestDatabase db : databases) {
                db.close();
            }
            try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
                for (String principal : principals) {
                    s.execute(server.engine() == ServerKind.POSTGRESQL ? "DROP ROLE IF EXISTS " + principal
                            : "DROP USER IF EXISTS " + principal);
                }
            }
        }
    }
}
