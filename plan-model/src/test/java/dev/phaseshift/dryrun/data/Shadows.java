package dev.phaseshift.dryrun.data;

import dev.phaseshift.ddl.DdlRenderer;
import dev.phaseshift.ddl.SchemaMapping;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.SqlFixtures;
import dev.phaseshift.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Empty shadows made the way the dry-run makes them: a fresh database running the snapshot's DDL. */
final class Shadows {
    private Shadows() {
    }

    static TestDatabase create(DatabaseServer server, Snapshot snapshot, String purpose) throws SQLException {
        TestDatabase db = server.createDatabase(purpose);
        try (Connection c = db.connect()) {
            SqlFixtures.run(c, "ddl of " + snapshot.service(),
                    DdlRenderer.forSnapshot(snapshot).statements(snapshot, mapping(snapshot, db)));
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** MySQL: the snapshot's only schema becomes the shadow database. */
    static SchemaMapping mapping(Snapshot snapshot, TestDatabase shadow) {
        return snapshot.engine() == Engine.MYSQL
                ? SchemaMapping.of(snapshot.schemas().get(0).name(), shadow.name())
                : SchemaMapping.IDENTITY;
    }

    /** The schemas to fingerprint in the shadow. */
    static List<String> schemas(Snapshot snapshot, TestDatabase shadow) {
        SchemaMapping mapping = mapping(snapshot, shadow);
        return snapshot.schemas().stream().map(s -> mapping.target(s.name())).toList();
    }
}
