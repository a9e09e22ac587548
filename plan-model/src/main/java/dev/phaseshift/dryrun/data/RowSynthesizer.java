package dev.phaseshift.dryrun.data;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Fills each table with N made-up rows, parents first, and lets the shadow's own constraints judge them: all
 * rows go in as one batch first; if the batch breaks a constraint it is undone and each row is tried alone with
 * every {@link Variant} in turn. A row no variant makes acceptable is left out and the table's shortfall is
 * reported, so a check we cannot satisfy costs rows, not the dry-run. Deferred keys stay NULL.
 */
final class RowSynthesizer {
    private final Snapshot snapshot;
    private final EngineSql sql;
    private final FillOrder order;
    private final int perTable;

    RowSynthesizer(Snapshot snapshot, EngineSql sql, FillOrder order, int perTable) {
        this.snapshot = snapshot;
        this.sql = sql;
        this.order = order;
        this.perTable = perTable;
    }

    LoadedRows fill(TargetSession target) throws SQLException {
        Connection connection = target.connection();
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>(order.empty().values());
        for (TableRef table : order.tables()) {
            List<ForeignKey> keys = table.table().foreignKeys().stream()
                    .filter(key -> order.deferredOf(table).stream().noneMatch(d -> d.key().equals(key)))
                    .filter(key -> FillOrder.parentOf(order.all(), table, key).isPresent())
                    .toList();
            List<List<List<Object>>> parentKeys = new ArrayList<>();
            for (ForeignKey key : keys) {
                parentKeys.add(keysIn(connection, FillOrder.parentOf(order.all(), table, key).orElseThrow(),
                        key.referencedColumns()));
            }
            SyntheticRows rows = new SyntheticRows(snapshot.engine(), snapshot, table, keys, parentKeys);
            Optional<String> impossible = rows.impossible();
            if (impossible.isPresent()) {
                skipped.add(impossible.get());
                counts.put(table.dotted(), 0L);
                continue;
            }
            Outcome outcome = fillTable(connection, table, rows);
            counts.put(table.dotted(), (long) outcome.inserted());
            if (outcome.inserted() < perTable) {
                skipped.add("table \"" + table.dotted() + "\" got " + outcome.inserted() + " of " + perTable
                        + " rows; the others broke a constraint: " + outcome.firstFailure());
            }
            target.resetSequences(table);
        }
        return new LoadedRows(counts, skipped);
    }

    private Outcome fillTable(Connection connection, TableRef table, SyntheticRows rows) throws SQLException {
        Variant first = Variant.CASCADE.get(0);
        Savepoint batch = connection.setSavepoint();
        try (PreparedStatement ps = connection.prepareStatement(insert(table, rows, first))) {
            for (int row = 0; row < perTable; row++) {
                bindRow(ps, rows, row, first);
                ps.addBatch();
            }
            ps.executeBatch();
            connection.releaseSavepoint(batch);
            return new Outcome(perTable, null);
        } catch (SQLException e) {
            connection.rollback(batch);
        }
        Map<Variant, String> statements = new LinkedHashMap<>();
        for (Variant variant : Variant.CASCADE) {
            statements.put(variant, insert(table, rows, variant));
        }
        int inserted = 0;
        String firstFailure = null;
        for (int row = 0; row < perTable; row++) {
            for (Map.Entry<Variant, String> attempt : statements.entrySet()) {
                Savepoint one = connection.setSavepoint();
                try (PreparedStatement ps = connection.prepareStatement(attempt.getValue())) {
                    bindRow(ps, rows, row, attempt.getKey());
                    ps.executeUpdate();
                    connection.releaseSavepoint(one);
                    inserted++;
                    break;
                } catch (SQLException e) {
                    connection.rollback(one);
                    if (firstFailure == null) {
                        firstFailure = e.getMessage();
                    }
                }
            }
        }
        return new Outcome(inserted, firstFailure);
    }

    private String insert(TableRef table, SyntheticRows rows, Variant variant) {
        List<Column> columns = rows.columns();
        if (columns.isEmpty()) {
            return "INSERT INTO " + sql.targetName(table) + (sql.postgres() ? " DEFAULT VALUES" : " () VALUES ()");
        }
        return "INSERT INTO " + sql.targetName(table) + " (" + sql.columnList(columns) + ") VALUES ("
                + columns.stream().map(c -> rows.usesDefault(c, variant) ? "DEFAULT" : sql.placeholder(c))
                .collect(Collectors.joining(", ")) + ")";
    }

    private void bindRow(PreparedStatement ps, SyntheticRows rows, int row, Variant variant) throws SQLException {
        int index = 1;
        for (Column column : rows.columns()) {
            if (!rows.usesDefault(column, variant)) {
                sql.bind(ps, index++, rows.value(column, row, variant));
            }
        }
    }

    /** The values of {@code columns} in {@code table} of the shadow, in key order, rows holding a NULL left out. */
    private List<List<Object>> keysIn(Connection connection, TableRef table, List<String> columns)
            throws SQLException {
        List<Column> keyColumns = columns.stream().map(n -> table.table().column(n).orElseThrow(
                () -> new IllegalStateException("table \"" + table.dotted() + "\" has no column \"" + n + "\"")))
                .toList();
        String select = "SELECT " + keyColumns.stream().map(sql::readExpression).collect(Collectors.joining(", "))
                + " FROM " + sql.targetName(table) + " WHERE "
                + keyColumns.stream().map(c -> sql.quote(c.name()) + " IS NOT NULL")
                .collect(Collectors.joining(" AND "))
                + " ORDER BY " + keyColumns.stream().map(c -> sql.quote(c.name())).collect(Collectors.joining(", "));
        List<List<Object>> keys = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(select); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<Object> key = new ArrayList<>();
                for (int i = 0; i < keyColumns.size(); i++) {
                    key.add(sql.read(rs, i + 1, keyColumns.get(i)));
                }
                keys.add(key);
            }
        }
        return keys;
    }

    private record Outcome(int inserted, String firstFailure) {
    }
}
