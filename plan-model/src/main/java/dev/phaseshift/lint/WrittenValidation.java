package dev.phaseshift.lint;

import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.plan.op.AddCheck;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the validity of checks written in SQL in the schema the linter carries from statement to statement: a
 * typed {@code add_check} is applied as validated, but {@code ADD CONSTRAINT ... CHECK (...) NOT VALID} is not
 * until a later {@code VALIDATE CONSTRAINT} says so. PostgreSQL 12+ skips the {@code SET NOT NULL} scan only for
 * a validated check, so the difference decides a finding.
 */
final class WrittenValidation {
    private static final Pattern VALIDATE = Pattern.compile("\\bVALIDATE\\s+CONSTRAINT\\s+" + SqlShape.NAME,
            Pattern.CASE_INSENSITIVE);

    private WrittenValidation() {
    }

    /** {@code after}, the schema with {@code op} of {@code statement} applied, with a NOT VALID check marked so. */
    static Snapshot added(Operation op, ParsedStatement statement, Snapshot after) {
        if (!(op instanceof AddCheck check) || !statement.has(StatementFlag.NOT_VALID)) {
            return after;
        }
        return mark(after, check.table(), check.name(), false);
    }

    /** {@code state} with the checks that {@code clean}, a statement without comments, validates marked valid. */
    static Snapshot validated(String clean, Snapshot state) {
        var table = SqlShape.alteredTable(clean);
        if (table.isEmpty()) {
            return state;
        }
        Snapshot out = state;
        Matcher m = VALIDATE.matcher(clean);
        while (m.find()) {
            String name = SqlShape.unquote(m.group(1));
            out = mark(out, table.get(), out.engine() == Engine.POSTGRESQL
                    && !m.group(1).startsWith("\"") ? name.toLowerCase(Locale.ROOT) : name, true);
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
