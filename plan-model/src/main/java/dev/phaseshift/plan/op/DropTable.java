package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Sequence;
import dev.phaseshift.schema.TableKind;
import dev.phaseshift.schema.Trigger;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code drop_table}. Refused while another table's foreign key points at it. The rollback re-creates the
 * structure as the snapshot has it (columns with identity, generation, collation and comments; table comment and
 * MySQL options; keys, checks, indexes and foreign keys with all their options; PostgreSQL serial sequences), not
 * the rows; {@link #undoLimits} names what it cannot restore.
 */
public record DropTable(String table) implements Operation {
    @Override
    public List<SchemaNeed> schemaNeeds() {
        return List.of(SchemaNeed.of(SchemaNeed.Kind.TABLE, table));
    }

    @Override
    public List<Removal> removes() {
        return List.of(Removal.dropped(table, null));
    }

    @Override
    public List<Problem> validate(Snapshot schema) {
        var found = SchemaEdit.table(schema, table);
        if (found.isEmpty()) {
            return Issues.unknownTable(table);
        }
        List<Problem> problems = new ArrayList<>();
        for (Schema s : schema.schemas()) {
            for (Table other : s.tables()) {
                if (other == found.get().table()) {
                    continue;
                }
                for (ForeignKey f : other.foreignKeys()) {
                    if (f.referencedTable().equals(found.get().table().name())
                            && found.get().schema().equals(f.referencedSchema())) {
                        problems.add(Issues.error("table-in-use", "table " + Issues.q(table)
                                        + " is referenced by foreign key " + Issues.q(f.name()) + " of table "
                                        + Issues.q(other.name()),
                                "drop the foreign key in an earlier step"));
                    }
                }
            }
        }
        return problems;
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return SchemaEdit.removeTable(schema, table);
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        Located located = SchemaEdit.table(before, table).orElseThrow();
        Table t = located.table();
        boolean pg = before.engine() == Engine.POSTGRESQL;
        List<Operation> ops = new ArrayList<>();
        List<Sequence> owned = pg ? ownedSequences(before, located) : List.of();
        // PostgreSQL drops a serial column's sequence with the table, and the column default needs it back first;
        // no operation creates sequences, and the model keeps them, so plain SQL does it
        for (Sequence q : owned) {
            ops.add(new Sql(createSequence(located.schema(), q), "DROP SEQUENCE " + seqName(located.schema(), q)));
        }
        ops.add(new CreateTable(table, t.columns().stream().map(ColumnSpec::of).toList(),
                t.primaryKey().map(Constraint::columns).orElse(List.of()),
                pg ? t.primaryKey().map(Constraint::name).orElse(null) : null, t.comment(), t.storageEngine(),
                t.collation()));
        for (Sequence q : owned) {
            ops.add(new Sql("ALTER SEQUENCE " + seqName(located.schema(), q) + " OWNED BY "
                    + Dialect.postgres(12).qualified(located.schema() + "." + t.name()) + "."
                    + Dialect.postgres(12).quote(q.ownedBy().column()),
                    "ALTER SEQUENCE " + seqName(located.schema(), q) + " OWNED BY NONE"));
        }
        for (Constraint c : t.constraints()) {
            if (c.kind() == ConstraintKind.UNIQUE) {
                ops.add(AddUnique.of(c, t, table));
            } else if (c.kind() == ConstraintKind.CHECK) {
                ops.add(AddCheck.of(c, table));
            }
        }
        for (Index i : t.indexes()) {
            if (i.constraint() == null && !i.primary() && t.foreignKey(i.name()).isEmpty()) {
                ops.add(CreateIndex.of(i, table, t));
            }
        }
        for (ForeignKey f : t.foreignKeys()) {
            ops.add(AddForeignKey.of(f, table));
        }
        return ops;
    }

    private static List<Sequence> ownedSequences(Snapshot snapshot, Located located) {
        return snapshot.schema(located.schema()).map(s -> s.sequences().stream()
                .filter(q -> !q.identity() && q.ownedBy() != null
                        && q.ownedBy().table().equals(located.table().name())
                        && (q.ownedBy().schema() == null || q.ownedBy().schema().equals(located.schema())))
                .toList()).orElse(List.of());
    }

    private static String seqName(String schema, Sequence q) {
        return Dialect.postgres(12).quote(schema) + "." + Dialect.postgres(12).quote(q.name());
    }

    private static String createSequence(String schema, Sequence q) {
        return "CREATE SEQUENCE " + seqName(schema, q) + q.postgresOptions(true);
    }

    @Override
    public List<Problem> undoLimits(Snapshot before) {
        var found = SchemaEdit.table(before, table);
        if (found.isEmpty()) {
            return List.of();
        }
        Table t = found.get().table();
        String what = "table " + Issues.q(table);
        List<Problem> limits = new ArrayList<>();
        limits.add(Issues.undoLimit("undo-loses-values", "rolling back the drop of " + what
                + " re-creates it empty: its rows (and the statistics about them) are not restored",
                "keep a copy of the table until the drop is final"));
        if (t.owner() != null) {
            limits.add(Issues.undoLimit("undo-owner", "rolling back the drop of " + what
                    + " re-creates it owned by the role that runs the rollback, not necessarily "
                    + Issues.q(t.owner()), null));
        }
        if (t.kind() != TableKind.TABLE || t.partitionOf() != null) {
            limits.add(Issues.undoLimit("undo-not-restored", "rolling back the drop of " + what
                    + " does not restore its partitioning (" + t.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + ")", "use a sql step with the partitioned DDL as rollback"));
        }
        for (Constraint c : t.constraints()) {
            if (c.kind() == ConstraintKind.EXCLUDE) {
                limits.add(Issues.undoLimit("undo-not-restored", "rolling back the drop of " + what
                        + " does not restore exclusion constraint " + Issues.q(c.name()),
                        "give the step a rollback that adds it"));
            }
        }
        for (Trigger g : t.triggers()) {
            limits.add(Issues.undoLimit("undo-not-restored", "rolling back the drop of " + what
                    + " does not restore trigger " + Issues.q(g.name()),
                    "drop the trigger with drop_trigger in an earlier step, so its rollback re-creates it"));
        }
        for (Index i : t.indexes()) {
            if (!i.valid()) {
                limits.add(Issues.undoLimit("undo-invalid-index", "index " + Issues.q(i.name()) + " of " + what
                        + " is invalid; rolling back builds it again, valid", null));
            }
        }
        limits.addAll(Issues.keyOrder(before, table, "the drop"));
        if (before.engine() == Engine.POSTGRESQL) {
            for (Sequence q : ownedSequences(before, found.get())) {
                limits.add(Issues.undoLimit("undo-sequence-value", "rolling back the drop of " + what
                        + " re-creates sequence " + Issues.q(q.name()) + " at its start value, not where it was",
                        "reset it with setval after the rollback"));
            }
        }
        return limits;
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        return ddl.ddl("DROP TABLE " + ddl.table(table)).build();
    }
}
