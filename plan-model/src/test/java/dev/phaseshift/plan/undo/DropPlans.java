package dev.phaseshift.plan.undo;

import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.DropConstraint;
import dev.phaseshift.plan.op.DropIndex;
import dev.phaseshift.plan.op.DropTable;
import dev.phaseshift.plan.op.DropTrigger;
import dev.phaseshift.plan.op.DropView;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TableKind;
import dev.phaseshift.schema.Trigger;
import dev.phaseshift.schema.View;
import dev.phaseshift.schema.ViewSource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The plan a DBA writes to drop one table or one column: first what depends on it (views reading it, and the
 * views reading those; foreign keys pointing at it; constraints, indexes, triggers and generated columns using
 * the column), then the drop itself. Names are always schema-qualified, as plans may write them.
 */
final class DropPlans {
    private DropPlans() {
    }

    /** What a drop plan is about, for messages: {@code schema.table} or {@code schema.table.column}. */
    record DropPlan(String target, List<Operation> operations) {
    }

    /** Whether plans can drop the table at all: partitions and partitioned tables need DDL plans do not write. */
    static boolean droppable(Table t) {
        return t.kind() == TableKind.TABLE && t.partitionOf() == null;
    }

    static DropPlan table(Snapshot s, String schema, Table t) {
        String name = schema + "." + t.name();
        List<Operation> ops = new ArrayList<>();
        for (String view : viewsDependingOn(s, schema, t.name(), null)) {
            ops.add(new DropView(view));
        }
        for (Schema other : s.schemas()) {
            for (Table o : other.tables()) {
                if (o == t) {
                    continue;
                }
                for (ForeignKey f : o.foreignKeys()) {
                    if (f.referencedTable().equals(t.name()) && schema.equals(f.referencedSchema())) {
                        ops.add(new DropConstraint(f.name(), other.name() + "." + o.name()));
                    }
                }
            }
        }
        for (Trigger g : t.triggers()) {
            ops.add(new DropTrigger(g.name(), name));
        }
        ops.add(new DropTable(name));
        return new DropPlan(name, ops);
    }

    /** The plan, or empty when plans cannot drop the column (it is in the primary key or an exclusion). */
    static Optional<DropPlan> column(Snapshot s, String schema, Table t, String column) {
        if (t.columns().size() < 2) {
            return Optional.empty();
        }
        List<Operation> ops = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        if (!collect(s, schema, t, column, ops, columns)) {
            return Optional.empty();
        }
        if (columns.size() >= t.columns().size()) {
            return Optional.empty();
        }
        // the dependants of every column first (deduplicated, in the order found), then the columns, last first
        List<Operation> plan = new ArrayList<>(new LinkedHashSet<>(ops));
        List<String> drops = new ArrayList<>(columns);
        java.util.Collections.reverse(drops);
        for (String c : drops) {
            plan.add(new DropColumn(schema + "." + t.name(), c));
        }
        return Optional.of(new DropPlan(schema + "." + t.name() + "." + column, plan));
    }

    private static boolean collect(Snapshot s, String schema, Table t, String column, List<Operation> ops,
                                   Set<String> columns) {
        if (!columns.add(column)) {
            return true;
        }
        String name = schema + "." + t.name();
        Pattern word = word(column);
        for (Constraint c : t.constraints()) {
            boolean uses = c.columns().contains(column) || c.expression() != null && word.matcher(c.expression()).find();
            if (uses && (c.kind() == ConstraintKind.PRIMARY_KEY || c.kind() == ConstraintKind.EXCLUDE)) {
                return false;
            }
        }
        // a generated column computed from this one goes first, with everything that uses it
        for (var other : t.columns()) {
            if (other.generated() != null && !other.name().equals(column)
                    && word.matcher(other.generated().expression()).find()) {
                if (!collect(s, schema, t, other.name(), ops, columns)) {
                    return false;
                }
            }
        }
        for (String view : viewsDependingOn(s, schema, t.name(), column)) {
            ops.add(new DropView(view));
        }
        for (Schema other : s.schemas()) {
            for (Table o : other.tables()) {
                for (ForeignKey f : o.foreignKeys()) {
                    boolean pointsAt = f.referencedTable().equals(t.name()) && schema.equals(f.referencedSchema())
                            && f.referencedColumns().contains(column);
                    boolean own = o == t && f.columns().contains(column);
                    if (pointsAt || own) {
                        ops.add(new DropConstraint(f.name(), other.name() + "." + o.name()));
                    }
                }
            }
        }
        for (Trigger g : t.triggers()) {
            boolean uses = g.updateColumns().contains(column) || g.condition() != null && word.matcher(g.condition()).find()
                    || g.body() != null && word.matcher(g.body()).find();
            if (uses) {
                ops.add(new DropTrigger(g.name(), name));
            }
        }
        for (Constraint c : t.constraints()) {
            boolean uses = c.columns().contains(column) || c.expression() != null && word.matcher(c.expression()).find();
            if (uses) {
                ops.add(new DropConstraint(c.name(), name));
            }
        }
        for (Index i : t.indexes()) {
            boolean uses = i.columns().contains(column) || i.include().contains(column)
                    || i.keyParts().stream().anyMatch(k -> k.expression() != null && word.matcher(k.expression()).find())
                    || i.predicate() != null && word.matcher(i.predicate()).find();
            if (uses && i.constraint() == null && !i.primary()) {
                if (s.engine() == dev.phaseshift.schema.Engine.MYSQL) {
                    // MySQL refuses to drop the only index serving a foreign key: the key goes first
                    for (ForeignKey f : t.foreignKeys()) {
                        boolean servedOnlyByThis = serves(i, f) && t.indexes().stream()
                                .noneMatch(other -> other != i && serves(other, f));
                        if (servedOnlyByThis) {
                            ops.add(new DropConstraint(f.name(), name));
                        }
                    }
                }
                ops.add(new DropIndex(i.name(), name));
            }
        }
        return true;
    }

    private static boolean serves(Index i, ForeignKey f) {
        return !f.columns().isEmpty() && i.columns().size() >= f.columns().size()
                && i.columns().subList(0, f.columns().size()).equals(f.columns());
    }

    private static Pattern word(String column) {
        return Pattern.compile("(?<![\\w\"`])[\"`]?" + Pattern.quote(column) + "[\"`]?(?![\\w\"`])");
    }

    /**
     * The views reading the relation (any column when {@code column} is null), and the views reading those, as
     * qualified names in an order that drops readers before what they read.
     */
    static List<String> viewsDependingOn(Snapshot s, String schema, String relation, String column) {
        List<String> ordered = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Schema vs : s.schemas()) {
            for (View v : vs.views()) {
                boolean reads = v.sources().stream().anyMatch(src -> reads(src, vs.name(), schema, relation, column));
                if (reads) {
                    visit(s, vs.name(), v, seen, ordered);
                }
            }
        }
        return ordered;
    }

    private static boolean reads(ViewSource src, String viewSchema, String schema, String relation, String column) {
        String srcSchema = src.schema() == null ? viewSchema : src.schema();
        return src.name().equals(relation) && Objects.equals(srcSchema, schema)
                && (column == null || src.columns().contains(column));
    }

    /** Adds the readers of {@code v} first, then {@code v}. */
    private static void visit(Snapshot s, String schema, View v, Set<String> seen, List<String> ordered) {
        String name = schema + "." + v.name();
        if (!seen.add(name)) {
            return;
        }
        for (Schema vs : s.schemas()) {
            for (View reader : vs.views()) {
                if (reader.sources().stream().anyMatch(src -> reads(src, vs.name(), schema, v.name(), null))) {
                    visit(s, vs.name(), reader, seen, ordered);
                }
            }
        }
        ordered.add(name);
    }
}
