package dev.phaseshift.lint.rules;

import dev.phaseshift.lint.LintContext;
import dev.phaseshift.plan.op.Located;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.schema.Table;

import java.util.Optional;

/**
 * Whether an object a step drops, renames or empties may hold production data and have readers: it existed
 * before the plan, or no schema the linter knows shows it (so nothing proves it new). A table or column an earlier
 * step of the same plan (or file) created holds nothing anybody relies on yet.
 */
final class Preexisting {
    private Preexisting() {
    }

    static boolean table(LintContext context, String name) {
        return initialTable(context, name).isPresent() || context.tableBefore(name).isEmpty();
    }

    static boolean column(LintContext context, String table, String column) {
        Optional<Table> initial = initialTable(context, table);
        if (initial.isPresent()) {
            return initial.get().column(column).isPresent();
        }
        return context.tableBefore(table).flatMap(t -> t.column(column)).isEmpty();
    }

    /** The table as it was before the plan, when it was there. */
    static Optional<Table> initialTable(LintContext context, String name) {
        return context.initial() == null ? Optional.empty()
                : SchemaEdit.table(context.initial(), name).map(Located::table);
    }

    /** {@code (~12000 rows)} or {@code (row count unknown)}, for a table known before the plan. */
    static String rows(LintContext context, String name) {
        return initialTable(context, name).map(t -> " (" + LintContext.rows(t) + ")").orElse(" (row count unknown)");
    }
}
