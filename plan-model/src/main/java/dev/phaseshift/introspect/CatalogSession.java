package dev.phaseshift.introspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs the catalog queries of one introspection: tells the listener, counts round trips, and turns a
 * driver error into an {@link IntrospectionException} that says what was being read, for which service.
 */
final class CatalogSession {
    /** Binds the parameters of one query. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads one row; called once per row, in order. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final String prefix;
    private final String service;
    private final IntrospectionListener listener;
    private int roundTrips;

    /**
     * @param prefix the start of every message, e.g. {@code postgres: service "orders": }
     */
    CatalogSession(Connection connection, String prefix, String service, IntrospectionListener listener) {
        this.connection = connection;
        this.prefix = prefix;
        this.service = service;
        this.listener = listener;
    }

    Connection connection() {
        return connection;
    }

    String service() {
        return service;
    }

    String prefix() {
        return prefix;
    }

    /** How many statements went to the server so far. */
    int roundTrips() {
        return roundTrips;
    }

    /**
     * Runs one catalog query.
     *
     * @param step what the listener hears ({@code columns})
     * @param what what the message says was being read ({@code columns of schemas "app", "sales"})
     */
    void query(String step, String what, String sql, Binder binder, RowReader reader) throws IntrospectionException {
        listener.reading(step);
        roundTrips++;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw failure("reading " + what, e, sql);
        }
    }

    /** Runs statements without results (session and transaction settings). */
    void execute(String what, String sql) throws IntrospectionException {
        roundTrips++;
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw failure(what, e, sql);
        }
    }

    IntrospectionException failure(String doing, SQLException e, String sql) {
        String state = e.getSQLState();
        IntrospectionException.Kind kind = state != null && state.startsWith("08")
                ? IntrospectionException.Kind.CONNECTION : IntrospectionException.Kind.READ;
        String message = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("").trim();
        return new IntrospectionSqlException(kind, service, prefix + doing + ": " + message
                + (state == null ? "" : " [SQLState " + state + "]"), e, sql);
    }

    IntrospectionException error(IntrospectionException.Kind kind, String message) {
        return new IntrospectionException(kind, service, prefix + message);
    }
}
