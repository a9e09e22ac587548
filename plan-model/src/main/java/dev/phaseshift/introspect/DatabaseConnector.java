package dev.phaseshift.introspect;

import dev.phaseshift.connect.DatabaseConnections;
import dev.phaseshift.connect.JdbcUrl;
import dev.phaseshift.schema.Engine;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Opens read-only JDBC connections for introspection: connect and socket timeouts, a read-only session and a
 * session statement timeout ({@code statement_timeout} on PostgreSQL, {@code max_statement_time} on MariaDB,
 * {@code max_execution_time} on MySQL). The introspectors set the same limits again for their own
 * transaction, so a connection from elsewhere is just as safe.
 *
 * <p>The password goes to the driver and nowhere else: failure messages name service, user, host and database
 * and have the password scrubbed out, and the driver's exception is not attached as a cause.
 */
public final class DatabaseConnector {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final String APPLICATION_NAME = "phaseshift-inspect";
    /** Extra time the socket waits beyond the statement timeout before giving up on a silent server. */
    private static final Duration SOCKET_MARGIN = Duration.ofSeconds(30);

    private final Duration connectTimeout;

    public DatabaseConnector() {
        this(DEFAULT_CONNECT_TIMEOUT);
    }

    public DatabaseConnector(Duration connectTimeout) {
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
    }

    /**
     * Connects and makes the session read-only with a statement timeout.
     *
     * @throws IntrospectionException of kind {@code CONNECTION} when the server cannot be reached or refuses
     *                                the login, {@code INPUT} when the URL is not one of {@code engine}
     */
    public Connection connect(String service, Engine engine, String url, Credentials credentials,
                              Duration statementTimeout) throws IntrospectionException {
        Objects.requireNonNull(credentials, "credentials");
        JdbcUrl parsed;
        try {
            parsed = JdbcUrl.parse(url);
        } catch (IllegalArgumentException e) {
            throw new IntrospectionException(IntrospectionException.Kind.INPUT, service,
                    prefix(engine) + "service \"" + service + "\": " + e.getMessage());
        }
        if (parsed.engine() != engine) {
            throw new IntrospectionException(IntrospectionException.Kind.INPUT, service, prefix(engine)
                    + "service \"" + service + "\" runs " + engine.id() + " but its URL " + parsed + " is for "
                    + parsed.engine().id());
        }
        // MariaDB servers are reached through MySQL Connector/J, the one MySQL-family driver on the class path
        String driverUrl = parsed.subprotocol().equals("mariadb")
                ? new JdbcUrl(Engine.MYSQL, "mysql", parsed.hostPart(), parsed.database(), parsed.parameters()).toJdbc()
                : url.trim();
        Properties props = properties(engine, credentials, statementTimeout);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(driverUrl, props);
            configureSession(connection, engine, statementTimeout);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IntrospectionException(IntrospectionException.Kind.CONNECTION, service,
                    prefix(engine) + "service \"" + service + "\": cannot connect to "
                            + (parsed.hostPart().isEmpty() ? "localhost" : parsed.hostPart())
                            + (parsed.database().isEmpty() ? "" : " database \"" + parsed.database() + "\"")
                            + " as \"" + credentials.user() + "\": "
                            + scrub(DatabaseConnections.reason(e), credentials, parsed)
                            + (e.getSQLState() == null ? "" : " [SQLState " + e.getSQLState() + "]"));
        } finally {
            props.remove("password");
        }
    }

    /** The connection's URL with any password replaced, for {@code Snapshot.source}; null if the driver won't say. */
    static String sourceOf(Connection connection) {
        try {
            String url = connection.getMetaData().getURL();
            return url == null ? null : JdbcUrl.redact(url);
        } catch (SQLException e) {
            return null;
        }
    }

    private Properties properties(Engine engine, Credentials credentials, Duration statementTimeout) {
        Properties props = new Properties();
        props.setProperty("user", credentials.user());
        if (credentials.hasPassword()) {
            props.setProperty("password", credentials.password());
        }
        long socketMillis = statementTimeout.plus(SOCKET_MARGIN).toMillis();
        if (engine == Engine.POSTGRESQL) {
            String seconds = Long.toString(Math.max(1, connectTimeout.toSeconds()));
            props.setProperty("connectTimeout", seconds);
            props.setProperty("loginTimeout", seconds);
            props.setProperty("socketTimeout", Long.toString(Math.max(1, socketMillis / 1000)));
            props.setProperty("ApplicationName", APPLICATION_NAME);
            props.setProperty("readOnly", "true");
        } else {
            props.setProperty("connectTimeout", Long.toString(Math.max(1, connectTimeout.toMillis())));
            props.setProperty("socketTimeout", Long.toString(socketMillis));
            props.setProperty("connectionAttributes", "program_name:" + APPLICATION_NAME);
            props.setProperty("characterEncoding", "UTF-8");
            // MySQL 8 caching_sha2_password over a connection without TLS needs the server's key
            props.setProperty("allowPublicKeyRetrieval", "true");
        }
        return props;
    }

    private static void configureSession(Connection connection, Engine engine, Duration statementTimeout)
            throws SQLException {
        long millis = Math.max(1, statementTimeout.toMillis());
        connection.setReadOnly(true);
        try (Statement s = connection.createStatement()) {
            if (engine == Engine.POSTGRESQL) {
                s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
                s.execute("SET statement_timeout = " + millis);
            } else {
                s.execute("SET SESSION TRANSACTION READ ONLY");
                boolean mariadb = connection.getMetaData().getDatabaseProductVersion()
                        .toLowerCase(Locale.ROOT).contains("mariadb");
                s.execute(mariadb ? "SET SESSION max_statement_time = " + (millis / 1000.0)
                        : "SET SESSION max_execution_time = " + millis);
            }
        }
    }

    /** Removes the password, and any password given in the URL itself, from a driver message. */
    private static String scrub(String message, Credentials credentials, JdbcUrl url) {
        String text = credentials.scrub(message);
        for (Map.Entry<String, String> parameter : url.parameters().entrySet()) {
            String value = parameter.getValue();
            if (text != null && parameter.getKey().toLowerCase(Locale.ROOT).contains("password")
                    && !value.isEmpty()) {
                text = text.replace(value, "***").replace(URLDecoder.decode(value, StandardCharsets.UTF_8), "***");
            }
        }
        return text;
    }

    static String prefix(Engine engine) {
        return engine == Engine.POSTGRESQL ? "postgres: " : "mysql: ";
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection failed already; the first error is the one to report
            }
        }
    }
}
