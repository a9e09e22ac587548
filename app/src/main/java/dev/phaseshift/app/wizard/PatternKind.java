package dev.phaseshift.app.wizard;

import dev.phaseshift.app.estate.ColumnItem;
import dev.phaseshift.app.estate.EstateItem;
import dev.phaseshift.app.estate.TableItem;

/** The intents a wizard offers, as their menu items name them, and what each can be started on. */
public enum PatternKind {
    RENAME_COLUMN("Rename column safely…", true, false, true),
    CHANGE_COLUMN_TYPE("Change type safely…", true, false, true),
    ADD_NOT_NULL_COLUMN("Add NOT NULL column…", false, true, false),
    ADD_FOREIGN_KEY("Add foreign key safely…", true, true, false),
    ADD_UNIQUE("Add unique safely…", true, true, false),
    SPLIT_COLUMN("Split column…", true, false, true),
    MOVE_TABLE("Move table to service…", false, true, true);

    private final String label;
    private final boolean onColumn;
    private final boolean onTable;
    private final boolean deploysConsumers;

    PatternKind(String label, boolean onColumn, boolean onTable, boolean deploysConsumers) {
        this.label = label;
        this.onColumn = onColumn;
        this.onTable = onTable;
        this.deploysConsumers = deploysConsumers;
    }

    /** The menu text, {@code Rename column safely…}. */
    public String label() {
        return label;
    }

    /** The wizard's title: the label without its ellipsis. */
    public String title() {
        return label.replace("…", "");
    }

    /** A stable id for menu items, {@code rename-column}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Whether consumers of the changed object must move to new versions during the plan. */
    public boolean deploysConsumers() {
        return deploysConsumers;
    }

    /** Whether the wizard can start on a target: a column, or a whole table. */
    public boolean appliesTo(PatternTarget target) {
        return target.column() != null ? onColumn : onTable;
    }

    /** Whether the wizard can start on {@code item}: a column of a base table, or a base table. */
    public boolean appliesTo(EstateItem item) {
        if (item instanceof ColumnItem column) {
            return onColumn && column.owningTable().isPresent();
        }
        return item instanceof TableItem && onTable;
    }
}
