package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.Snapshot;

import java.util.List;

/**
 * {@code backfill}: a batched keyset update that commits per batch, walking the single-column primary key in
 * order, {@code batch_size} rows at a time, pausing {@code pause_ms} between batches so replicas keep up.
 * {@code set} is the SET list ({@code email_address = email}); {@code where} limits the rows updated.
 * PostgreSQL runs it as a {@code DO} block (outside a transaction, so it can commit), MySQL as a temporary
 * procedure. The schema model is unchanged; there is nothing to roll back.
 */
public record Backfill(String table, String set, @OptionalField String where, Integer batchSize, Integer pauseMs)
        implements Operation {
    public int batch() {
        return batchSize == null ? 1000 : batchSize;
    }

    public int pause() {
        return pauseMs == null ? 0 : pauseMs;
    }

    @Override
    public List<Problem> validate(Snapshot schema) {
        var found = SchemaEdit.table(schema, table);
        if (found.isEmpty()) {
            return Issues.unknownTable(table);
        }
        if (set == null || set.isBlank()) {
            return List.of(Issues.missing("set", operationName()));
        }
        if (batch() < 1 || pause() < 0) {
            return List.of(Issues.error("bad-batch", "backfill of table " + Issues.q(table)
                    + " needs a positive batch_size and a non-negative pause_ms", null));
        }
        var pk = found.get().table().primaryKey().map(Constraint::columns).orElse(List.of());
        if (pk.size() != 1) {
            return List.of(Issues.error("no-keyset", "table " + Issues.q(table)
                    + " has no single-column primary key to walk in batches", "use a sql step"));
        }
        return List.of();
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return schema;
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        return List.of();
    }

    @Override
    public boolean changesSchema() {
        return false;
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        var t = SchemaEdit.table(before, table).orElseThrow().table();
        String keyName = t.primaryKey().orElseThrow().columns().get(0);
        Column key = t.column(keyName).orElseThrow();
        String k = dialect.quote(keyName);
        String tbl = dialect.qualified(table);
        String filter = where == null ? "" : " AND (" + where + ")";
        String after = "(last_key IS NULL OR " + k + " > last_key)";
        String pick = "SELECT max(b.k) INTO batch_max FROM (SELECT " + k + " AS k FROM " + tbl + " WHERE " + after
                + " ORDER BY " + k + " LIMIT " + batch() + ") b";
        String update = "UPDATE " + tbl + " SET " + set + " WHERE " + after + " AND " + k + " <= batch_max" + filter;
        if (dialect.postgres()) {
            return List.of(RenderedSql.outsideTransaction("DO $phaseshift$ DECLARE last_key " + key.type()
                    + "; batch_max " + key.type() + "; BEGIN LOOP " + pick + "; EXIT WHEN batch_max IS NULL; " + update
                    + "; last_key := batch_max; COMMIT;" + (pause() > 0 ? " PERFORM pg_sleep(" + pause() / 1000.0 + ");" : "")
                    + " END LOOP; END $phaseshift$"));
        }
        String proc = dialect.quote("phaseshift_backfill_" + SchemaEdit.bare(table));
        return List.of(RenderedSql.outsideTransaction("DROP PROCEDURE IF EXISTS " + proc),
                RenderedSql.outsideTransaction("CREATE PROCEDURE " + proc + "() BEGIN DECLARE last_key " + key.type()
                        + " DEFAULT NULL; DECLARE batch_max " + key.type() + " DEFAULT NULL; batches: LOOP " + pick
                        + "; IF batch_max IS NULL THEN LEAVE batches; END IF; " + update
                        + "; SET last_key = batch_max; COMMIT;" + (pause() > 0 ? " DO SLEEP(" + pause() / 1000.0 + ");" : "")
                        + " END LOOP batches; END"),
                RenderedSql.outsideTransaction("CALL " + proc + "()"),
                RenderedSql.outsideTransaction("DROP PROCEDURE " + proc));
    }
}
