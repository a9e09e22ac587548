package dev.phaseshift.plan.undo;

import dev.phaseshift.introspect.Credentials;
import dev.phaseshift.introspect.DatabaseConnector;
import dev.phaseshift.introspect.IntrospectionRequest;
import dev.phaseshift.introspect.Introspector;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.SqlFixtures;
import dev.phaseshift.testing.TestDatabase;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The introspection fixtures ({@code src/test/resources/introspect/<engine>/*.sql}), found by scanning the
 * folder so that fixtures added later are covered too, each loaded into a fresh database. As in
 * {@code DdlFidelityTest}, the MySQL product files ({@code mariadb-only.sql}, {@code mysql8-only.sql}) are loaded
 * after {@code rich.sql} on their product and never alone; a fixture that needs the objects of {@code rich.sql}
 * (it fails alone) is loaded after it too. Placeholders: {@code ${role}}/{@code ${user}} become the current user,
 * {@code ${db}}/{@code ${main}} the fresh database.
 */
final class FixtureSnapshots {
    private FixtureSnapshots() {
    }

    /** The fixture scripts to load for each case, e.g. {@code [mysql/rich.sql, mysql/mariadb-only.sql]}. */
    static List<List<String>> cases(String engineFolder, boolean mariaDb) throws IOException, URISyntaxException {
        Path dir = Path.of(FixtureSnapshots.class.getResource("/introspect/" + engineFolder).toURI());
        List<String> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
        String productFile = mariaDb ? "mariadb-only.sql" : "mysql8-only.sql";
        List<List<String>> out = new ArrayList<>();
        for (String f : files) {
            if (f.endsWith("-only.sql")) {
                continue;
            }
            List<String> scripts = new ArrayList<>();
            scripts.add(engineFolder + "/" + f);
            if (f.equals("rich.sql") && files.contains(productFile)) {
                scripts.add(engineFolder + "/" + productFile);
            }
            out.add(scripts);
        }
        return out;
    }

    private static Map<String, String> placeholders(TestDatabase db) {
        return Map.of("role", "CURRENT_USER", "user", "CURRENT_USER", "db", db.name(), "main", db.name());
    }

    static void run(TestDatabase db, List<String> scripts) throws SQLException {
        try (Connection c = db.connect()) {
            for (String s : scripts) {
                SqlFixtures.load(c, "/introspect/" + s, placeholders(db));
            }
        }
    }

    static Snapshot introspect(TestDatabase db, String service) throws SQLException {
        Engine engine = Engine.fromId(db.server().engine().id());
        try (Connection c = new DatabaseConnector(Duration.ofSeconds(5)).connect(service, engine, db.url(),
                Credentials.of(db.server().user(), db.server().password()), Duration.ofSeconds(30))) {
            return Introspector.forEngine(engine).introspect(c, IntrospectionRequest.of(service));
        } catch (Exception e) {
            throw new SQLException("introspecting " + db.name() + ": " + e.getMessage(), e);
        }
    }

    /** The snapshot of a fixture case, loading rich.sql first when the case fails alone. */
    static Snapshot snapshot(DatabaseServer server, List<String> scripts, String service) throws SQLException {
        try (TestDatabase db = server.createDatabase("undo_fixture")) {
            run(db, scripts);
            return introspect(db, service);
        } catch (SQLException alone) {
            if (scripts.get(0).endsWith("/rich.sql")) {
                throw alone;
            }
        }
        // it builds on the rich fixture's objects
        String folder = scripts.get(0).substring(0, scripts.get(0).indexOf('/'));
        List<String> withRich = new ArrayList<>();
        withRich.add(folder + "/rich.sql");
        withRich.addAll(scripts);
        try (TestDatabase db = server.createDatabase("undo_fixture")) {
            run(db, withRich);
            return introspect(db, service);
        }
    }
}
