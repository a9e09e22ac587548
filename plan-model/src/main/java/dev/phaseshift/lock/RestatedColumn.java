package dev.phaseshift.lock;

import dev.phaseshift.lint.parse.AlterAction;
import dev.phaseshift.plan.op.AlterColumnType;
import dev.phaseshift.plan.op.RenameColumn;
import dev.phaseshift.plan.op.SetNotNull;

import java.util.List;
import java.util.Optional;

/**
 * A column as a MySQL {@code MODIFY} or {@code CHANGE} restates it, from the operations the parser read in the
 * action: its name in the table ({@code CHANGE} may rename it), its name after, its type as written, and whether it
 * allows NULL afterwards (a restated column allows NULL unless it says {@code NOT NULL}).
 */
record RestatedColumn(String oldName, String newName, String type, boolean nullable) {

    /** The column {@code action} restates; empty for any other action. */
    static Optional<RestatedColumn> of(AlterAction action) {
        List<AlterColumnType> types = action.operations(AlterColumnType.class);
        if (types.isEmpty() || !action.keyword().equals("MODIFY") && !action.keyword().equals("CHANGE")) {
            return Optional.empty();
        }
        String column = types.get(0).column();
        String old = action.operations(RenameColumn.class).stream().map(RenameColumn::column).findFirst()
                .orElse(column);
        return Optional.of(new RestatedColumn(old, column, types.get(0).type(),
                action.operations(SetNotNull.class).isEmpty()));
    }
}
