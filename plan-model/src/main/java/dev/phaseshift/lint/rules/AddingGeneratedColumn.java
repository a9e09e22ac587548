package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.ColumnClause;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.WrittenColumn;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A column whose every existing row needs a computed value, added to a table with rows. PostgreSQL rewrites the
 * table under an ACCESS EXCLUSIVE lock for a stored generated column, an identity column and a
 * {@code serial}/{@code bigserial} one; a generated column without {@code STORED} is stored before 18 and virtual
 * (nothing written) from 18 on. MySQL and MariaDB copy the table for a {@code STORED}/{@code PERSISTENT} generated
 * column and rebuild it without concurrent writes for an {@code AUTO_INCREMENT} one; a {@code VIRTUAL} column is
 * instant or in place.
 */
public final class AddingGeneratedColumn implements LintRule {
    private static final Set<String> SERIAL = Set.of("smallserial", "serial", "bigserial", "serial2", "serial4",
            "serial8");
    /** The algorithms a MySQL statement may ask for that do not copy the table (it fails rather than copy). */
    private static final Set<String> ONLINE_ALGORITHMS = Set.of("INSTANT", "INPLACE", "NOCOPY");

    @Override public String id() { return "adding-generated-column"; }
    @Override public String code() { return "PS118"; }
    @Override public String summary() { return "stored generated or identity column added to a table with rows"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL, Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (LintContext.OnTableWithRows on : context.statementsOnTablesWithRows()) {
            ParsedStatement parsed = on.parsed();
            Table table = on.table();
            for (WrittenColumn c : parsed.columns()) {
                (context.dialect().postgres() ? postgres(context, table, c) : mysql(context, parsed, table, c))
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /** What makes PostgreSQL write a value into every row for {@code column}, or null when nothing does. */
    static String postgresRewriteReason(Dialect dialect, WrittenColumn column) {
        if (column.has(ColumnClause.IDENTITY)) {
            return "the identity column \"" + column.name() + "\"";
        }
        String type = column.spec().type().split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (SERIAL.contains(type)) {
            return "the " + type + " column \"" + column.name() + "\"";
        }
        if (column.has(ColumnClause.EXPRESSION) && column.has(ColumnClause.GENERATED_ALWAYS)
                && (column.has(ColumnClause.STORED) || !column.has(ColumnClause.VIRTUAL) && dialect.major() < 18)) {
            return "the stored generated column \"" + column.name() + "\"";
        }
        return null;
    }

    private Optional<Finding> postgres(LintContext context, Table table, WrittenColumn column) {
        String reason = postgresRewriteReason(context.dialect(), column);
        if (reason == null) {
            return Optional.empty();
        }
        boolean generated = reason.contains("generated");
        return Optional.of(finding(context, table.name(), "adding " + reason + " to table \"" + table.name()
                        + "\" rewrites " + LintContext.allRows(table) + " under an ACCESS EXCLUSIVE lock: no reads or "
                        + "writes until every row has its value",
                generated ? "add a plain column, backfill it in batches and keep it current from the application or "
                        + "a trigger (on postgresql 18+ a VIRTUAL generated column writes nothing)"
                        : "add a plain bigint column, give it DEFAULT nextval(...) of a new sequence in a later step, "
                        + "then backfill the existing rows in batches"));
    }

    private Optional<Finding> mysql(LintContext context, ParsedStatement parsed, Table table, WrittenColumn column) {
        String t = table.name();
        if (column.has(ColumnClause.EXPRESSION) && column.has(ColumnClause.STORED)
                && !ONLINE_ALGORITHMS.contains(String.valueOf(parsed.algorithm()))) {
            return Optional.of(finding(context, t, "adding the stored generated column \"" + column.name() + "\" makes "
                            + context.dialect() + " copy table \"" + t + "\" (" + LintContext.rows(table)
                            + ") with ALGORITHM=COPY, blocking writes until done",
                    "add it VIRTUAL (instant or in place; index it if reads need it fast), or run the change with "
                            + "gh-ost or pt-online-schema-change"));
        }
        if (column.has(ColumnClause.AUTO_INCREMENT) && !"NONE".equals(parsed.lock())) {
            return Optional.of(finding(context, t, "adding the AUTO_INCREMENT column \"" + column.name() + "\" makes "
                            + context.dialect() + " rebuild table \"" + t + "\" (" + LintContext.rows(table)
                            + ") without allowing concurrent writes",
                    "run the change with gh-ost or pt-online-schema-change"));
        }
        return Optional.empty();
    }
}
