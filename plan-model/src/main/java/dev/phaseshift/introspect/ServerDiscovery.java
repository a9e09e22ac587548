package dev.phaseshift.introspect;

import dev.phaseshift.schema.Engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Asks one server what it is and which databases it holds, over a read-only connection from the
 * {@link DatabaseConnector}. Used by the app to test a service's connection and to propose services.
 */
public final class ServerDiscovery {
    /** Every database a login may connect to, templates left out, with its size on disk. */
    static final String POSTGRES_DATABASES = """
            SELECT datname, pg_database_size(datname)
            FROM pg_database
            WHERE NOT datistemplate AND datallowconn AND has_database_privilege(datname, 'CONNECT')
            ORDER BY datname""";
    /** Every schema (database) but the server's own, with data and index length summed over its tables. */
    static final String MYSQL_DATABASES = """
            SELECT s.schema_name, COALESCE(SUM(t.data_length + t.index_length), 0)
            FROM information_schema.schemata s
            LEFT JOIN information_schema.tables t ON t.table_schema = s.schema_name
            WHERE s.schema_name NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')
            GROUP BY s.schema_name
            ORDER BY s.schema_name""";
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final DatabaseConnector connector;

    public ServerDiscovery(DatabaseConnector connector) {
        this.connector = Objects.requireNonNull(connector, "connector");
    }

    public ServerDiscovery() {
        this(new DatabaseConnector());
    }

    /**
     * Connects as {@code credentials} and returns the server's product and version.
     *
     * @throws IntrospectionException with the driver's reason (wrong password, unreachable host, TLS, no
     *                                privilege on the database), never the password
     */
    public ServerIdentity identify(String service, Engine engine, String url, Credentials credentials)
            throws IntrospectionException {
        try (Connection connection = connector.connect(service, engine, url, credentials, TIMEOUT)) {
            DatabaseMetaData meta = connection.getMetaData();
            // MySQL Connector/J reports MariaDB as "5.5.5-10.11.6-MariaDB"; the server's own version() has no prefix
            String version = engine == Engine.POSTGRESQL ? meta.getDatabaseProductVersion() : mysqlVersion(connection);
            String product = engine == Engine.POSTGRESQL ? "PostgreSQL"
                    : version.toLowerCase(java.util.Locale.ROOT).contains("mariadb") ? "MariaDB" : "MySQL";
            return new ServerIdentity(product, version);
        } catch (SQLException e) {
            throw failure(service, engine, "reading the server's version", e);
        }
    }

    private static String mysqlVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT version()")) {
            row.next();
            return row.getString(1);
        }
    }

    /** The databases of the server {@code url} points at (any database of it will do), by name. */
    public List<DiscoveredDatabase> databases(Engine engine, String url, Credentials credentials)
            throws IntrospectionException {
        String where = "server";
        try (Connection connection = connector.connect(where, engine, url, credentials, TIMEOUT);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(engine == Engine.POSTGRESQL ? POSTGRES_DATABASES
                     : MYSQL_DATABASES)) {
            List<DiscoveredDatabase> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new DiscoveredDatabase(rows.getString(1), rows.getLong(2)));
            }
            return found;
        } catch (SQLException e) {
            throw failure(where, engine, "listing the databases", e);
        }
    }

    private static IntrospectionException failure(String service, Engine engine, String doing, SQLException e) {
        return new IntrospectionException(IntrospectionException.Kind.READ, service, DatabaseConnector.prefix(engine)
                + doing + " failed: " + e.getMessage()
                + (e.getSQLState() == null ? "" : " [SQLState " + e.getSQLState() + "]"));
    }
}
