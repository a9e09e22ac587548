package dev.phaseshift.demo;

import dev.phaseshift.connect.ConnectionFailedException;
import dev.phaseshift.connect.JdbcUrl;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.testing.DatabaseServer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A copy of the demo estate's databases on the test servers under a unique prefix, dropped on close, so tests
 * never touch the {@code shop_*} databases a person may have made with {@code phaseshift demo}.
 */
public final class DemoCopy implements AutoCloseable {
    private final String prefix = "pstest_demo_" + Long.toString(System.currentTimeMillis(), 36) + "_"
            + Integer.toString(ThreadLocalRandom.current().nextInt(46656), 36) + "_";
    private final DatabaseServer postgres;
    private final DatabaseServer mysql;

    public DemoCopy(DatabaseServer postgres, DatabaseServer mysql) {
        this.postgres = postgres;
        this.mysql = mysql;
    }

    public String prefix() {
        return prefix;
    }

    /** Creates every demo database and runs its script (again, when called twice). */
    public void materialize() throws ConnectionFailedException, DemoScriptException {
        for (DatabaseServer server : new DatabaseServer[] {postgres, mysql}) {
            new DemoMaterializer(server.user(), server.password(), prefix)
                    .materialize(server.engine().engine(), JdbcUrl.parse(server.adminUrl()), line -> { });
        }
    }

    public DatabaseServer serverOf(ServiceDefinition service) {
        return service.engine() == postgres.engine().engine() ? postgres : mysql;
    }

    public String databaseOf(ServiceDefinition service) {
        return prefix + service.database();
    }

    public Connection connect(ServiceDefinition service) throws SQLException {
        return serverOf(service).connect(databaseOf(service));
    }

    /** Drops every database of the copy that exists. */
    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (ServiceDefinition service : DemoEstate.load().services()) {
            DatabaseServer server = serverOf(service);
            boolean pg = service.engine() == dev.phaseshift.schema.Engine.POSTGRESQL;
            try (Connection c = server.connectAdmin(); Statement st = c.createStatement()) {
                st.execute(pg ? "DROP DATABASE IF EXISTS \"" + databaseOf(service) + "\" WITH (FORCE)"
                        : "DROP DATABASE IF EXISTS `" + databaseOf(service) + "`");
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
