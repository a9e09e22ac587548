package dev.phaseshift.demo;

import dev.phaseshift.connect.ConnectionFailedException;
import dev.phaseshift.connect.DatabaseConnections;
import dev.phaseshift.connect.JdbcUrl;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.sql.SqlScript;
import dev.phaseshift.sql.SqlStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Creates the demo estate in real databases: one database per service on the server of its engine, then the
 * service's script. Scripts are idempotent, so running this again brings the databases up to date without
 * failing or duplicating rows.
 */
public final class DemoMaterializer {
    private final String user;
    private final String password;
    private final String databasePrefix;

    /**
     * @param user           applies when the server URLs carry none; may be null
     * @param password       applies when the server URLs carry none; may be null
     * @param databasePrefix put before every database name, so one server can hold several copies; may be empty
     */
    public DemoMaterializer(String user, String password, String databasePrefix) {
        this.user = user;
        this.password = password;
        this.databasePrefix = databasePrefix == null ? "" : databasePrefix;
    }

    /** What happened to one service. */
    public record Outcome(String service, Engine engine, String database, boolean created, int statements,
                          long millis) {
    }

    /**
     * Materialises every demo service of {@code engine} on the server at {@code serverUrl}.
     *
     * @param progress receives one line per service as it is done
     */
    public List<Outcome> materialize(Engine engine, JdbcUrl serverUrl, Consumer<String> progress)
            throws ConnectionFailedException, DemoScriptException {
        if (serverUrl.engine() != engine) {
            throw new IllegalArgumentException("expected a " + engine.displayName() + " URL, got " + serverUrl);
        }
        List<Outcome> outcomes = new ArrayList<>();
        try (Connection admin = DatabaseConnections.open(serverUrl, user, password)) {
            for (ServiceDefinition service : DemoEstate.load().services()) {
                if (service.engine() != engine) {
                    continue;
                }
                long start = System.nanoTime();
                String database = databasePrefix + service.database();
                boolean created = ensureDatabase(admin, engine, database);
                int statements = runScript(serverUrl.withDatabase(database), service);
                Outcome outcome = new Outcome(service.name(), engine, database, created, statements,
                        (System.nanoTime() - start) / 1_000_000);
                outcomes.add(outcome);
                progress.accept(describe(outcome));
            }
        } catch (SQLException e) {
            throw new ConnectionFailedException("lost connection to " + serverUrl + ": "
                    + DatabaseConnections.reason(e), e);
        }
        return outcomes;
    }

    private static String describe(Outcome o) {
        return String.format("%-14s %-10s %-28s %s, %d statements in %d ms", o.service(), o.engine().id(),
                o.database(), o.created() ? "created" : "already there, brought up to date", o.statements(), o.millis());
    }

    private static boolean ensureDatabase(Connection admin, Engine engine, String database) throws SQLException {
        String exists = engine == Engine.POSTGRESQL
                ? "SELECT 1 FROM pg_database WHERE datname = ?"
                : "SELECT 1 FROM information_schema.schemata WHERE schema_name = ?";
        try (PreparedStatement ps = admin.prepareStatement(exists)) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (Statement st = admin.createStatement()) {
            st.execute(engine == Engine.POSTGRESQL
                    ? "CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\""
                    : "CREATE DATABASE IF NOT EXISTS `" + database.replace("`", "``")
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return true;
    }

    /** Runs the service's script; on PostgreSQL in one transaction, so a failure leaves the database as it was. */
    private int runScript(JdbcUrl databaseUrl, ServiceDefinition service)
            throws ConnectionFailedException, DemoScriptException {
        String scriptName = "demo/sql/" + service.name() + ".sql";
        List<SqlStatement> statements = SqlScript.split(DemoEstate.sql(service.name()));
        try (Connection c = DatabaseConnections.open(databaseUrl, user, password)) {
            boolean transactional = service.engine() == Engine.POSTGRESQL;
            c.setAutoCommit(!transactional);
            try (Statement st = c.createStatement()) {
                for (SqlStatement statement : statements) {
                    try {
                        st.execute(statement.text());
                    } catch (SQLException e) {
                        if (transactional) {
                            c.rollback();
                        }
                        throw new DemoScriptException("service \"" + service.name() + "\" (" + databaseUrl + "): "
                                + scriptName + ":" + statement.line() + ": " + DatabaseConnections.reason(e), e);
                    }
                }
            }
            if (transactional) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new ConnectionFailedException("lost connection to " + databaseUrl + ": "
                    + DatabaseConnections.reason(e), e);
        }
        return statements.size();
    }
}
