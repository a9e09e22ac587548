package dev.phaseshift.ddl;

import dev.phaseshift.introspect.Credentials;
import dev.phaseshift.introspect.DatabaseConnector;
import dev.phaseshift.introspect.IntrospectionRequest;
import dev.phaseshift.introspect.Introspector;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.snapshot.SnapshotFile;
import dev.phaseshift.testing.LineDiff;
import dev.phaseshift.testing.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;

/**
 * Test support for "render a snapshot, create it somewhere else, read it back": introspects a test database the
 * way the product does, maps a snapshot's schemas into another database, and compares two snapshots after
 * {@link FidelityNormalisation} with a readable diff.
 */
public final class RecreatedSnapshot {
    private RecreatedSnapshot() {
    }

    /** The snapshot of {@code db} (every non-system schema on PostgreSQL, the database itself on MySQL). */
    public static Snapshot introspect(TestDatabase db, String service) throws Exception {
        Engine engine = Engine.fromId(db.server().engine().id());
        try (Connection c = new DatabaseConnector(Duration.ofSeconds(5)).connect(service, engine, db.url(),
                Credentials.of(db.server().user(), db.server().password()), Duration.ofSeconds(30))) {
            return Introspector.forEngine(engine).introspect(c, IntrospectionRequest.of(service));
        }
    }

    /** MySQL: the snapshot's schema is its database, so it lands in {@code copy} instead; PostgreSQL: as is. */
    public static SchemaMapping mappingInto(Snapshot original, TestDatabase copy) {
        return original.engine() == Engine.MYSQL
                ? SchemaMapping.of(original.schemas().get(0).name(), copy.name()) : SchemaMapping.IDENTITY;
    }

    /**
     * Asserts that {@code recreated} is {@code original} with its schemas moved by {@code mapping}, up to
     * {@link FidelityNormalisation}. On failure both sides are also written to {@code target/ddl-fidelity/} for a
     * diff tool.
     */
    public static void assertEqual(Snapshot original, SchemaMapping mapping, Snapshot recreated) throws Exception {
        String expected = SnapshotFile.write(FidelityNormalisation.normalise(original, mapping));
        String actual = SnapshotFile.write(FidelityNormalisation.normalise(recreated, SchemaMapping.IDENTITY));
        if (!actual.equals(expected)) {
            Path dir = Files.createDirectories(Path.of("target", "ddl-fidelity"));
            Files.writeString(dir.resolve(original.service() + ".expected.json"), expected);
            Files.writeString(dir.resolve(original.service() + ".actual.json"), actual);
            throw new AssertionError("the snapshot of the recreated " + original.service() + " differs (both in "
                    + dir + "):\n" + LineDiff.unified("expected " + original.service(), expected,
                    "recreated " + original.service(), actual));
        }
    }
}
