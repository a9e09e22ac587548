package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * One typed change to one service's schema. {@code schema} is the service's whole snapshot: an operation may
 * name a table in any of its namespaces ({@code ledger.entries}); a bare name means the default one.
 *
 * <p>Contract: {@link #applyTo} is only called when {@link #validate} returned no error; {@link #inverse} applied
 * to {@code applyTo(before)} gives back {@code before} (canonically equal), and {@link #rollbackSql} is the
 * forward SQL of the inverse. Rendering takes the schema before the operation because MySQL restates whole
 * column definitions ({@code MODIFY COLUMN}) and rollbacks re-create what was dropped.
 */
public sealed interface Operation permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, RenameColumn,
        AlterColumnType, SetNotNull, DropNotNull, SetDefault, DropDefault, CreateIndex, DropIndex, AddForeignKey,
        AddCheck, AddUnique, DropConstraint, CreateView, ReplaceView, DropView, CreateTrigger, DropTrigger, Backfill,
        Sql, Verify {
    /** The existing columns the operation works on or names (an index's keys, a foreign key's both ends). */
    default List<ColumnRef> columnsUsed() {
        return List.of();
    }

    /**
     * What the operation needs to find in the schema it runs on and what it puts there for later operations: by
     * default, the columns it uses ({@link #columnsUsed}).
     */
    default List<SchemaNeed> schemaNeeds() {
        return SchemaNeed.columns(columnsUsed());
    }

    /**
     * What the operation takes away from code that still uses it (a table, view or column dropped or renamed);
     * empty for an operation that only adds or changes.
     */
    default List<Removal> removes() {
        return List.of();
    }


    /** The name in plan files ({@code add_column}), derived from the record name. */
    default String operationName() {
        return OperationNames.of(getClass());
    }

    /** What is wrong with applying this operation to {@code schema}; empty when it applies cleanly. */
    List<Problem> validate(Snapshot schema);

    /** The schema after this operation; {@code schema} must have validated without errors. */
    Snapshot applyTo(Snapshot schema);

    /** The operations that undo this one when applied to {@code applyTo(before)}, in order. */
    List<Operation> inverse(Snapshot before);

    /**
     * What {@link #inverse} cannot give back, as notes that name the object: row values of a dropped column or
     * table, a PostgreSQL column position, objects no operation can re-create. Empty when the undo is exact.
     * Validation and simulation show these; they are not errors.
     */
    default List<Problem> undoLimits(Snapshot before) {
        return List.of();
    }

    /** The statements that perform this operation on a server of {@code dialect} holding {@code before}. */
    List<RenderedSql> forwardSql(Dialect dialect, Snapshot before);

    /** The statements that undo it, run after the forward ones: the forward SQL of {@link #inverse}. */
    default List<RenderedSql> rollbackSql(Dialect dialect, Snapshot before) {
        List<RenderedSql> out = new ArrayList<>();
        Snapshot state = applyTo(before);
        for (Operation op : inverse(before)) {
            out.addAll(op.forwardSql(dialect, state));
            state = op.applyTo(state);
        }
        return List.copyOf(out);
    }

    /** Whether the operation changes the schema model (false for data and checks: backfill, sql, verify). */
    default boolean changesSchema() {
        return true;
    }
}
