package dev.phaseshift.lint;

import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.lint.parse.ValidateConstraint;
import dev.phaseshift.plan.op.AddCheck;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.Snapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the validity of checks written in SQL in the schema the linter carries from statement to statement: a
 * typed {@code add_check} is applied as validated, but {@code ADD CONSTRAINT ... CHECK (...) NOT VALID} is not
 * until a later {@code VALIDATE CONSTRAINT} says so. PostgreSQL 12+ skips the {@code SET NOT NULL} scan only for
 * a validated check, so the difference decides a finding.
 */
final class WrittenValidation {
    private WrittenValidation() {
    }

    /** {@code after}, the schema with {@code op} of {@code statement} applied, with a NOT VALID check marked so. */
    static Snapshot added(Operation op, ParsedStatement statement, Snapshot after) {
        if (!(op instanceof AddCheck check) || !statement.has(StatementFlag.NOT_VALID)) {
            return after;
        }
        return mark(after, check.table(), check.name(), false);
    }

    /** {@code state} with the checks that {@code statement} validates ({@code VALIDATE CONSTRAINT}) marked valid. */
    static Snapshot validated(ParsedStatement statement, Snapshot state) {
        Snapshot out = state;
        for (ValidateConstraint validate : statement.commands(ValidateConstraint.class)) {
            out = mark(out, validate.table(), validate.name(), true);
        }
        return out;
    }

    private static Snapshot mark(Snapshot state, String table, String name, boolean validated) {
        if (SchemaEdit.table(state, table).isEmpty()) {
            return state;
        }
        return SchemaEdit.editTable(state, table, t -> {
            List<Constraint> constraints = new ArrayList<>();
            t.constraints().forEach(c -> constraints.add(c.name() != null && c.name().equals(name)
                    ? c.withValidated(validated) : c));
            return t.withConstraints(constraints);
        });
    }
}
