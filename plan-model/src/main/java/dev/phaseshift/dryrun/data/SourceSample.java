package dev.phaseshift.dryrun.data;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.IdentityKind;
import dev.phaseshift.schema.Table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Copies up to N rows per table, parents first. A child only takes rows whose foreign keys point at parent rows
 * already copied (or are NULL): the filter runs on the source as {@code (fk) IN (copied parent keys)}, so the
 * first N matching rows in primary-key order are taken and no orphan is ever written. The price is that a child
 * may get fewer than N rows, or none, when its rows belong to parents that were not sampled.
 *
 * <p>Keys of a {@link DeferredKey} are inserted NULL and set to their source values once every table is filled,
 * where the parent row was copied; elsewhere they stay NULL, which the key allows.
 */
final class SourceSample {
    /** Parameters per statement, under PostgreSQL's limit of 32767 and far under MySQL's. */
    private static final int MAX_PARAMETERS = 20_000;
    private static final int BATCH = 500;

    private final EngineSql sql;
    private final FillOrder order;
    private final int perTable;
    private final Map<TableRef, Copied> copied = new HashMap<>();

    SourceSample(EngineSql sql, FillOrder order, int perTable) {
        this.sql = sql;
        this.order = order;
        this.perTable = perTable;
    }

    LoadedRows copy(ReadOnlySource source, TargetSession target) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>(order.empty().values());
        for (TableRef table : order.tables()) {
            try {
                Copied rows = read(source.connection(), table);
                write(target.connection(), table, rows);
                copied.put(table, rows);
                counts.put(table.dotted(), (long) rows.rows().size());
            } catch (SQLException e) {
                throw new SQLException("copying rows of table \"" + table.dotted() + "\": " + e.getMessage(),
                        e.getSQLState(), e.getErrorCode(), e);
            }
        }
        for (DeferredKey key : order.deferred()) {
            setDeferred(target.connection(), key);
        }
        for (TableRef table : order.tables()) {
            target.resetSequences(table);
        }
        return new LoadedRows(counts, skipped);
    }

    private Copied read(Connection source, TableRef table) throws SQLException {
        List<Column> columns = copiedColumns(table.table());
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        List<ForeignKey> filtered = table.table().foreignKeys().stream()
                .filter(key -> order.deferredOf(table).stream().noneMatch(d -> d.key().equals(key)))
                .filter(key -> FillOrder.parentOf(order.all(), table, key).isPresent())
                .toList();
        for (ForeignKey key : filtered) {
            int budget = MAX_PARAMETERS / Math.max(1, filtered.size()) / Math.max(1, key.columns().size());
            conditions.add(condition(table, key, budget, parameters));
        }
        String select = "SELECT " + columns.stream().map(sql::readExpression).collect(Collectors.joining(", "))
                + " FROM " + sql.sourceName(table)
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + orderBy(table.table()) + " LIMIT " + perTable;
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = source.prepareStatement(select)) {
            for (int i = 0; i < parameters.size(); i++) {
                sql.bind(ps, i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = sql.read(rs, i + 1, columns.get(i));
                    }
                    rows.add(row);
                }
            }
        }
        return new Copied(columns, rows);
    }

    /** {@code (a IS NULL OR b IS NULL OR (a, b) IN ((?, ?), ...))}, NULLs allowed only where the columns are. */
    private String condition(TableRef table, ForeignKey key, int budget, List<Object> parameters) {
        List<Column> columns = key.columns().stream()
                .map(name -> table.table().column(name).orElseThrow(() -> new IllegalStateException(
                        "foreign key \"" + key.name() + "\" names missing column \"" + name + "\"")))
                .toList();
        List<String> nullable = columns.stream().filter(Column::nullable)
                .map(c -> sql.quote(c.name()) + " IS NULL").toList();
        Optional<TableRef> parent = FillOrder.parentOf(order.all(), table, key);
        Map<List<String>, List<Object>> keys = parent.map(p -> keysOf(p, key.referencedColumns())).orElse(Map.of());
        List<String> alternatives = new ArrayList<>(nullable);
        if (!keys.isEmpty()) {
            String tuple = "(" + columns.stream().map(sql::placeholder).collect(Collectors.joining(", ")) + ")";
            List<String> tuples = new ArrayList<>();
            for (List<Object> values : keys.values()) {
                if (tuples.size() >= budget) {
                    break;
                }
                tuples.add(tuple);
                parameters.addAll(values);
            }
            alternatives.add("(" + sql.columnList(columns) + ") IN (" + String.join(", ", tuples) + ")");
        }
        return alternatives.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", alternatives) + ")";
    }

    private void write(Connection target, TableRef table, Copied rows) throws SQLException {
        if (rows.rows().isEmpty()) {
            return;
        }
        Set<String> deferredColumns = new LinkedHashSet<>();
        order.deferredOf(table).forEach(d -> deferredColumns.addAll(d.key().columns()));
        List<Column> columns = rows.columns();
        boolean overriding = sql.postgres() && columns.stream().anyMatch(c -> c.identity() == IdentityKind.ALWAYS);
        String insert = "INSERT INTO " + sql.targetName(table) + " (" + sql.columnList(columns) + ")"
                + (overriding ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES ("
                + columns.stream().map(sql::placeholder).collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement ps = target.prepareStatement(insert)) {
            int pending = 0;
            for (Object[] row : rows.rows()) {
                for (int i = 0; i < row.length; i++) {
                    sql.bind(ps, i + 1, deferredColumns.contains(columns.get(i).name()) ? null : row[i]);
                }
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    /** Sets a deferred key to its source value on every copied row whose parent row was copied too. */
    private void setDeferred(Connection target, DeferredKey key) throws SQLException {
        Copied rows = copied.get(key.child());
        Optional<List<String>> primaryKey = key.child().table().primaryKey().map(pk -> pk.columns());
        if (rows == null || rows.rows().isEmpty() || primaryKey.isEmpty()
                || !rows.hasColumns(primaryKey.get())) {
            return;
        }
        Map<List<String>, List<Object>> parents = keysOf(key.parent(), key.key().referencedColumns());
        List<Column> keyColumns = key.key().columns().stream().map(n -> key.child().table().column(n).orElseThrow())
                .toList();
        List<Column> pkColumns = primaryKey.get().stream().map(n -> key.child().table().column(n).orElseThrow())
                .toList();
        String update = "UPDATE " + sql.targetName(key.child()) + " SET "
                + keyColumns.stream().map(c -> sql.quote(c.name()) + " = " + sql.placeholder(c))
                .collect(Collectors.joining(", "))
                + " WHERE " + pkColumns.stream().map(c -> sql.quote(c.name()) + " = " + sql.placeholder(c))
                .collect(Collectors.joining(" AND "));
        try (PreparedStatement ps = target.prepareStatement(update)) {
            int pending = 0;
            for (Object[] row : rows.rows()) {
                List<String> value = rows.key(row, key.key().columns());
                if (value.contains(null) || !parents.containsKey(value)) {
                    continue;
                }
                int index = 1;
                for (String name : key.key().columns()) {
                    sql.bind(ps, index++, rows.value(row, name));
                }
                for (String name : primaryKey.get()) {
                    sql.bind(ps, index++, rows.value(row, name));
                }
                ps.addBatch();
                pending++;
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new SQLException("setting foreign key \"" + key.key().name() + "\" of table \""
                    + key.child().dotted() + "\": " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
        }
    }

    /**
     * The copied values of {@code columns} of {@code table} without rows that hold a NULL: key texts (to compare)
     * to the values as read (to bind).
     */
    private Map<List<String>, List<Object>> keysOf(TableRef table, List<String> columns) {
        Copied rows = copied.get(table);
        if (rows == null || !rows.hasColumns(columns)) {
            return Map.of();
        }
        Map<List<String>, List<Object>> keys = new LinkedHashMap<>();
        for (Object[] row : rows.rows()) {
            List<String> key = rows.key(row, columns);
            if (!key.contains(null)) {
                keys.putIfAbsent(key, columns.stream().map(n -> rows.value(row, n)).toList());
            }
        }
        return keys;
    }

    /** Stored generated columns are computed by the shadow; they cannot be inserted. */
    private static List<Column> copiedColumns(Table table) {
        return table.columns().stream().filter(c -> c.generated() == null).toList();
    }

    private String orderBy(Table table) {
        return table.primaryKey()
                .map(pk -> " ORDER BY " + pk.columns().stream().map(sql::quote).collect(Collectors.joining(", ")))
                .orElse("");
    }

    /** The rows copied into one table, as read. */
    private record Copied(List<Column> columns, List<Object[]> rows) {
        boolean hasColumns(List<String> names) {
            return names.stream().allMatch(n -> columns.stream().anyMatch(c -> c.name().equals(n)));
        }

        Object value(Object[] row, String name) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(name)) {
                    return row[i];
                }
            }
            throw new IllegalArgumentException("column \"" + name + "\" was not copied");
        }

        List<String> key(Object[] row, List<String> names) {
            return Arrays.asList(names.stream().map(n -> EngineSql.keyText(value(row, n))).toArray(String[]::new));
        }
    }
}
