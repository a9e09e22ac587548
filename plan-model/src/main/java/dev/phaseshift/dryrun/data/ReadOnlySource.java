package dev.phaseshift.dryrun.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The source side of a sample: the connection marked read-only and one read-only repeatable-read transaction,
 * so the server itself refuses any write and every table is read as of the same moment. The connection's own
 * settings come back on close. It must not be inside a transaction when handed over.
 */
final class ReadOnlySource implements AutoCloseable {
    private final Connection connection;
    private final boolean autoCommit;
    private final boolean readOnly;
    private final int isolation;

    ReadOnlySource(Connection connection, boolean postgres) throws SQLException {
        this.connection = connection;
        this.autoCommit = connection.getAutoCommit();
        this.readOnly = connection.isReadOnly();
        this.isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try (Statement st = connection.createStatement()) {
            st.execute(postgres ? "SET TRANSACTION READ ONLY" : "START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
        }
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.setReadOnly(readOnly);
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }
}
