package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.lint.WrittenSession;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.plan.op.AddCheck;
import dev.phaseshift.plan.op.AddForeignKey;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.schema.Engine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ADD CONSTRAINT ... NOT VALID} followed by {@code VALIDATE CONSTRAINT} in the same PostgreSQL transaction
 * (a {@code BEGIN ... COMMIT} block, or a {@code sql} step, which the runner wraps in one) gains nothing: locks
 * are held until the transaction ends, so the ADD's lock (ACCESS EXCLUSIVE for a check, SHARE ROW EXCLUSIVE on both
 * tables for a foreign key) is still held through the whole validation scan, exactly as without NOT VALID.
 */
public final class ValidateInSameTransaction implements LintRule {
    private static final Pattern VALIDATE = Pattern.compile("\\bVALIDATE\\s+CONSTRAINT\\s+" + SqlShape.NAME,
            Pattern.CASE_INSENSITIVE);

    @Override public String id() { return "validate-in-same-transaction"; }
    @Override public String code() { return "PS140"; }
    @Override public String summary() { return "VALIDATE CONSTRAINT in the transaction that added the constraint NOT VALID"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        if (!(context.operation() instanceof Sql) || context.writtenSession().isEmpty()) {
            return List.of();
        }
        WrittenSession session = context.writtenSession().get();
        String clean = SqlShape.clean(session.current().text());
        Matcher m = VALIDATE.matcher(clean);
        Optional<String> table = SqlShape.alteredTable(clean);
        if (!m.find() || table.isEmpty()) {
            return List.of();
        }
        String name = folded(m.group(1));
        for (ParsedStatement earlier : session.sameTransactionBefore()) {
            if (!earlier.has(StatementFlag.NOT_VALID)) {
                continue;
            }
            for (Operation op : earlier.operations()) {
                if (name.equals(constraintName(op)) && SqlShape.alteredTable(earlier.text()).equals(table)) {
                    boolean foreignKey = op instanceof AddForeignKey;
                    String lock = foreignKey ? "SHARE ROW EXCLUSIVE lock on \"" + table.get() + "\" and \""
                            + ((AddForeignKey) op).referencesTable() + "\" (no writes)"
                            : "ACCESS EXCLUSIVE lock on \"" + table.get() + "\" (no reads or writes)";
                    String where = session.explicitTransaction().isPresent()
                            ? "the transaction block opened at " + session.where(session.script()
                            .get(session.explicitTransaction().getAsInt()))
                            : session.wrappingTransaction();
                    return List.of(finding(context, table.get(), "VALIDATE CONSTRAINT \"" + name + "\" runs in "
                                    + where + ", which added it NOT VALID at " + session.where(earlier) + ": the "
                                    + lock + " taken by the ADD is held until commit, through the whole validation "
                                    + "scan",
                            "commit after ADD CONSTRAINT ... NOT VALID and validate in a transaction of its own "
                                    + "(a later step, or after COMMIT); add_foreign_key and add_check do this"));
                }
            }
        }
        return List.of();
    }

    private static String constraintName(Operation op) {
        if (op instanceof AddForeignKey fk) {
            return fk.name();
        }
        if (op instanceof AddCheck check) {
            return check.name();
        }
        return null;
    }

    /** A constraint name as postgresql stores it: unquoted names fold to lower case. */
    private static String folded(String written) {
        return written.startsWith("\"") ? SqlShape.unquote(written) : written.toLowerCase(Locale.ROOT);
    }
}
