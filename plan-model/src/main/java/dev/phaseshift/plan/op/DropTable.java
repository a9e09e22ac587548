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
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code drop_table}. Refused while another table's foreign key points at it. The rollback re-creates the
 * structure (columns, keys, checks, indexes, foreign keys), not the rows.
 */
public record DropTable(String table) implements Operation {
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
        Table t = SchemaEdit.table(before, table).orElseThrow().table();
        List<Operation> ops = new ArrayList<>();
        List<ColumnSpec> columns = t.columns().stream().map(ColumnSpec::of).toList();
        ops.add(new CreateTable(table, columns, t.primaryKey().map(Constraint::columns).orElse(List.of()),
                before.engine() == Engine.POSTGRESQL ? t.primaryKey().map(Constraint::name).orElse(null) : null));
        for (Constraint c : t.constraints()) {
            if (c.kind() == ConstraintKind.UNIQUE) {
                ops.add(new AddUnique(c.name(), table, c.columns()));
            } else if (c.kind() == ConstraintKind.CHECK) {
                ops.add(new AddCheck(c.name(), table, c.expression()));
            }
        }
        for (Index i : t.indexes()) {
            if (i.constraint() == null && !i.primary() && t.foreignKey(i.name()).isEmpty()) {
                ops.add(new CreateIndex(i.name(), table, i.keys(), i.unique() ? true : null, i.predicate()));
            }
        }
        for (ForeignKey f : t.foreignKeys()) {
            ops.add(AddForeignKey.of(f, table));
        }
        return ops;
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        return ddl.ddl("DROP TABLE " + ddl.table(table)).build();
    }
}
