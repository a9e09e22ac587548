package dev.phaseshift.app.wizard;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.pattern.AddForeignKeyPattern;
import dev.phaseshift.plan.pattern.AddNotNullColumnPattern;
import dev.phaseshift.plan.pattern.AddUniqueConstraintPattern;
import dev.phaseshift.plan.pattern.ChangeColumnTypePattern;
import dev.phaseshift.plan.pattern.ColumnTarget;
import dev.phaseshift.plan.pattern.MoveTablePattern;
import dev.phaseshift.plan.pattern.PatternResult;
import dev.phaseshift.plan.pattern.RenameColumnPattern;
import dev.phaseshift.plan.pattern.SplitColumnPattern;
import dev.phaseshift.schema.Snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields one pattern asks for, proposed from its target, and the plan-model pattern they make. Field values
 * are passed to the pattern as typed; the pattern says what is missing or wrong.
 */
final class PatternForm {
    private final PatternKind kind;
    private final PatternTarget target;
    private final Map<String, WizardField> fields = new LinkedHashMap<>();

    PatternForm(PatternKind kind, PatternTarget target) {
        this.kind = kind;
        this.target = target;
        String column = target.column();
        switch (kind) {
            case RENAME_COLUMN -> field("newName", "New name", "the column's new name", true, null);
            case CHANGE_COLUMN_TYPE -> {
                field("type", "New type", "bigint, numeric(12,2), timestamptz…", true, null);
                field("newColumn", "New column", "the column that holds the new type", true, column + "_new");
                field("using", "Conversion", "an expression over " + column + ", when the change is lossy", false,
                        null);
            }
            case ADD_NOT_NULL_COLUMN -> {
                field("column", "Column", "the new column's name", true, null);
                field("type", "Type", "smallint, varchar(20)…", true, null);
                field("default", "Default", "a constant that fills existing and old writers' rows", true, null);
            }
            case ADD_FOREIGN_KEY -> {
                field("columns", "Columns", "comma-separated columns of " + target.table(), true, column);
                field("referencesTable", "References table", "the parent table in " + target.service(), true, null);
                field("referencesColumns", "References columns", "comma-separated", true, "id");
                field("onDelete", "On delete", "restrict, cascade, set null… (optional)", false, null);
                field("name", "Constraint name", "proposed when empty", false, null);
            }
            case ADD_UNIQUE -> {
                field("columns", "Columns", "comma-separated columns of " + target.table(), true, column);
                field("name", "Constraint name", "proposed when empty", false, null);
            }
            case SPLIT_COLUMN -> field("newTable", "New table", "the table the column moves to", true,
                    target.table() + "_" + column);
            case MOVE_TABLE -> {
                field("targetService", "Target service", "the service that will own the table", true, null);
                field("targetTable", "Target table", "its name there", true, target.table());
            }
        }
        field("planName", "Plan name", "proposed from the change when empty", false, null);
    }

    private void field(String id, String label, String prompt, boolean required, String initial) {
        fields.put(id, new WizardField(id, label, prompt, required, initial));
    }

    List<WizardField> fields() {
        return List.copyOf(fields.values());
    }

    /** Whether every required field has a value. */
    boolean complete() {
        return fields.values().stream().noneMatch(f -> f.required() && f.text() == null);
    }

    /** Runs the pattern on the estate's snapshots with the fields' values and the chosen deployments. */
    PatternResult generate(Estate estate, List<ConsumerDeployment> deployments) {
        Map<String, Snapshot> snapshots = estate.snapshots();
        String table = tableName(snapshots.get(target.service()));
        String planName = text("planName");
        ColumnTarget column = target.column() == null ? null
                : new ColumnTarget(target.service(), table, target.column());
        return switch (kind) {
            case RENAME_COLUMN -> new RenameColumnPattern(List.of(column), text("newName"), deployments, planName)
                    .plan(snapshots);
            case CHANGE_COLUMN_TYPE -> new ChangeColumnTypePattern(column, text("type"), text("newColumn"),
                    text("using"), deployments, planName).plan(snapshots);
            case ADD_NOT_NULL_COLUMN -> new AddNotNullColumnPattern(target.service(), table, text("column"),
                    text("type"), text("default"), planName).plan(snapshots);
            case ADD_FOREIGN_KEY -> new AddForeignKeyPattern(target.service(), table, list("columns"),
                    text("referencesTable"), list("referencesColumns"), text("onDelete"), text("name"), planName)
                    .plan(snapshots);
            case ADD_UNIQUE -> new AddUniqueConstraintPattern(target.service(), table, list("columns"), text("name"),
                    planName).plan(snapshots);
            case SPLIT_COLUMN -> new SplitColumnPattern(target.service(), table, target.column(), text("newTable"),
                    deployments, planName).plan(snapshots);
            case MOVE_TABLE -> new MoveTablePattern(target.service(), table, text("targetService"),
                    text("targetTable"), deployments, planName).plan(estate);
        };
    }

    /** The table as patterns name it: bare in the service's first schema, qualified in any other. */
    private String tableName(Snapshot snapshot) {
        boolean first = snapshot != null && !snapshot.schemas().isEmpty()
                && snapshot.schemas().get(0).name().equals(target.schema());
        return first ? target.table() : target.schema() + "." + target.table();
    }

    private String text(String id) {
        WizardField field = fields.get(id);
        return field == null ? null : field.text();
    }

    private List<String> list(String id) {
        String value = text(id);
        List<String> out = new ArrayList<>();
        if (value != null) {
            Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }
}
