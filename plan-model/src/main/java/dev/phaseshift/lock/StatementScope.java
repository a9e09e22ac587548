package dev.phaseshift.lock;

import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.ParsedStatements;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.Located;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What classifying one statement needs: the server, the service's schema before the plan (what holds production
 * rows) and just before the step, the step, the statements of the step that ran before this one, and the readings
 * of the run, so that no statement is parsed twice.
 */
record StatementScope(Dialect dialect, Snapshot initial, Snapshot before, Step step, List<RenderedSql> earlier,
                      ParsedStatements readings) {
    StatementScope {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(readings, "readings");
        earlier = List.copyOf(earlier);
    }

    /** How the parser reads {@code sql} (a statement, or one action of an {@code ALTER TABLE}), once per run. */
    ParsedStatement parsed(String sql) {
        return readings.of(dialect.engine(), sql);
    }

    /** The statements of the step that ran before this one, as the parser reads them (their settings hold here). */
    List<ParsedStatement> earlierParsed() {
        return earlier.stream().map(s -> parsed(s.text())).toList();
    }

    /** The table as it is before the step, by the name a statement uses (quoted or not). */
    Optional<Located> table(String name) {
        return SchemaEdit.table(before, SqlShape.unquote(name));
    }

    /** {@code public.orders} when the snapshot knows the table, else the name as written, unquoted. */
    String qualified(String name) {
        String bare = SqlShape.unquote(name);
        return table(bare).map(Located::qualifiedName)
                .or(() -> initial == null ? Optional.empty()
                        : SchemaEdit.table(initial, bare).map(Located::qualifiedName))
                .orElse(bare);
    }

    /** The table's rows before the plan, when it existed then and still does; 0 for one the plan created. */
    Long rows(String name) {
        return withRows(name).map(Table::rowEstimate).orElse(0L);
    }

    Long bytes(String name) {
        return withRows(name).map(Table::sizeBytes).orElse(0L);
    }

    private Optional<Table> withRows(String name) {
        String bare = SqlShape.unquote(name);
        if (initial == null || table(bare).isEmpty()) {
            return Optional.empty();
        }
        return SchemaEdit.table(initial, bare).map(Located::table);
    }

    /** A statement that works on {@code table} with {@code effect}, its rows and duration filled in. */
    StatementLocks result(RenderedSql statement, List<TableLock> locks, Effect effect, String table,
                          MysqlAlgorithm algorithm, String note) {
        Long rows = effect.touchesRows() && table != null ? rows(table) : null;
        double seconds = Throughput.seconds(effect, rows, table == null ? null : bytes(table));
        return new StatementLocks(statement, locks, effect, table == null ? null : qualified(table), rows, seconds,
                algorithm, note);
    }

    /**
     * The table as the plan found it, when it existed then, still exists and may hold rows (its estimate unknown or
     * above zero): a table the plan created is empty, so rewriting or scanning it costs nothing.
     */
    Optional<Table> tableWithRows(String name) {
        return withRows(name).filter(t -> t.rowEstimate() == null || t.rowEstimate() > 0);
    }
}
