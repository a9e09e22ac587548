package dev.phaseshift.dryrun.data;

import dev.phaseshift.schema.Column;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Locale;

/**
 * The shadow side of a load: one transaction, so a failure leaves the shadow as empty as it was.
 *
 * <p>On PostgreSQL the shadow's own triggers are switched off while rows go in ({@code DISABLE TRIGGER USER}):
 * copied rows are already what those triggers made of them, and generated ones should not set off audit writes.
 * That is DDL on tables the dry-run created and owns; {@code session_replication_role = replica} would also do
 * it but needs superuser rights a scratch server need not grant, and it would switch the foreign-key checks
 * off too, which are what prove the loaded rows consistent. MySQL and MariaDB cannot switch triggers off per
 * session, so there they fire as they would in production.
 */
final class TargetSession implements AutoCloseable {
    private final Connection connection;
    private final EngineSql sql;
    private final Collection<TableRef> tables;
    private final boolean autoCommit;
    private boolean committed;

    TargetSession(Connection connection, EngineSql sql, Collection<TableRef> tables) throws SQLException {
        this.connection = connection;
        this.sql = sql;
        this.tables = tables;
        this.autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        switchTriggers("DISABLE");
    }

    Connection connection() {
        return connection;
    }

    /** Moves every sequence a filled column draws from past the largest value now in it (PostgreSQL). */
    void resetSequences(TableRef table) throws SQLException {
        if (!sql.postgres()) {
            return;
        }
        for (Column column : table.table().columns()) {
            String def = column.defaultExpression() == null ? "" : column.defaultExpression().toLowerCase(Locale.ROOT);
            if (column.identity() == null && !def.contains("nextval(")) {
                continue;
            }
            String statement = "SELECT setval(s, m) FROM (SELECT pg_get_serial_sequence(?, ?) AS s, (SELECT max("
                    + sql.quote(column.name()) + ") FROM " + sql.targetName(table) + ") AS m) x"
                    + " WHERE s IS NOT NULL AND m IS NOT NULL";
            try (PreparedStatement ps = connection.prepareStatement(statement)) {
                ps.setString(1, sql.targetName(table));
                ps.setString(2, column.name());
                ps.executeQuery().close();
            }
        }
    }

    void commit() throws SQLException {
        switchTriggers("ENABLE");
        connection.commit();
        committed = true;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (!committed) {
                connection.rollback();
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private void switchTriggers(String how) throws SQLException {
        if (!sql.postgres()) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            for (TableRef table : tables) {
                if (!table.table().triggers().isEmpty()) {
                    st.execute("ALTER TABLE " + sql.targetName(table) + " " + how + " TRIGGER USER");
                }
            }
        }
    }
}
