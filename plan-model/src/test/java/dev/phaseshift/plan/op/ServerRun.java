package dev.phaseshift.plan.op;

import dev.phaseshift.introspect.IntrospectionRequest;
import dev.phaseshift.introspect.Introspector;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ServerProduct;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.sql.SqlScript;
import dev.phaseshift.sql.SqlStatement;
import dev.phaseshift.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs rendered SQL on a real test database and reads the schema back, as a runner and the product would. */
public final class ServerRun {
    private ServerRun() {
    }

    public static Engine engine(TestDatabase db) {
        return Engine.fromId(db.server().engine().id());
    }

    public static String schemaName(TestDatabase db) {
        return engine(db) == Engine.POSTGRESQL ? "public" : db.name();
    }

    public static Dialect dialect(TestDatabase db) throws SQLException {
        String version = db.server().serverVersion();
        return Dialect.parse(ServerProduct.fromVersion(engine(db), version), version);
    }

    public static void script(TestDatabase db, String script) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (SqlStatement statement : SqlScript.split(script)) {
                s.execute(statement.text());
            }
        }
    }

    /** Executes each statement on its own in auto-commit mode; a verification must return true. */
    public static void run(TestDatabase db, List<RenderedSql> statements) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (RenderedSql sql : statements) {
                try {
                    if (sql.mode() == RenderedSql.Mode.MUST_RETURN_TRUE) {
                        try (ResultSet rs = s.executeQuery(sql.text())) {
                            if (!rs.next() || !rs.getBoolean(1)) {
                                throw new AssertionError("verification did not return true: " + sql.text());
                            }
                        }
                    } else {
                        s.execute(sql.text());
                    }
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\n  in: " + sql.text(), e.getSQLState(), e);
                }
            }
        }
    }

    public static Snapshot introspect(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return Introspector.forEngine(engine(db)).introspect(c,
                    IntrospectionRequest.of("svc").withSchemas(List.of(schemaName(db)), List.of()));
        }
    }
}
