package dev.phaseshift.lint;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.ParsedStatements;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.Located;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule sees of one step: the plan, the step and its typed operation, the service's server ({@link Dialect}:
 * product and version), its schema before the plan, before the step and after it, and the statements the step
 * will run, each with its mode (inside the step's transaction or outside any).
 *
 * @param initial    the service's schema before the plan: what holds production rows
 * @param statements the operation's forward SQL for {@code dialect}; for a written statement, the settings made
 *                   before it in the same session ({@code SET lock_timeout}, {@code VALIDATE CONSTRAINT}) and
 *                   then the statement itself
 * @param consumers  the estate's consumer contracts (every service version and what it reads and writes); empty
 *                   when linting without an estate
 * @param written    for a statement written by hand (a {@code sql} step, a plain SQL file): how the parser read it;
 *                   null when the statements are rendered by a typed operation. A written statement is linted once
 *                   as each typed operation it performs (the context's operation) and once as itself (a {@code Sql}
 *                   operation); a finding both give counts once.
 * @param session    for a written statement: the statements of its session around it (what earlier ones left
 *                   open, what later ones close); null when the statements are rendered by a typed operation
 * @param parsed     how the parser reads each of {@code statements}, in the same order: rules judge these readings,
 *                   made once per run ({@link ParsedStatements}), rather than the text
 */
public record LintContext(Plan plan, String phaseId, Step step, Dialect dialect, Snapshot initial, Snapshot before,
                          Snapshot after, List<RenderedSql> statements, List<ConsumerContract> consumers,
                          ParsedStatement written, WrittenSession session, List<ParsedStatement> parsed) {
    public LintContext {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(dialect, "dialect");
        statements = List.copyOf(statements);
        consumers = consumers == null ? List.of() : List.copyOf(consumers);
        if (parsed == null) {
            ParsedStatements once = new ParsedStatements();
            Engine engine = dialect.engine();
            parsed = statements.stream().map(s -> once.of(engine, s.text())).toList();
        } else {
            parsed = List.copyOf(parsed);
        }
        if (parsed.size() != statements.size()) {
            throw new IllegalArgumentException("one reading per statement: " + parsed.size() + " for "
                    + statements.size());
        }
    }

    /** A context whose statements are parsed here, once. */
    public LintContext(Plan plan, String phaseId, Step step, Dialect dialect, Snapshot initial, Snapshot before,
                       Snapshot after, List<RenderedSql> statements, List<ConsumerContract> consumers,
                       ParsedStatement written, WrittenSession session) {
        this(plan, phaseId, step, dialect, initial, before, after, statements, consumers, written, session, null);
    }

    /** A context of a typed operation, whose statements the operation renders. */
    public LintContext(Plan plan, String phaseId, Step step, Dialect dialect, Snapshot initial, Snapshot before,
                       Snapshot after, List<RenderedSql> statements, List<ConsumerContract> consumers) {
        this(plan, phaseId, step, dialect, initial, before, after, statements, consumers, null, null, null);
    }

    /** A context of a written statement linted without its session. */
    public LintContext(Plan plan, String phaseId, Step step, Dialect dialect, Snapshot initial, Snapshot before,
                       Snapshot after, List<RenderedSql> statements, List<ConsumerContract> consumers,
                       ParsedStatement written) {
        this(plan, phaseId, step, dialect, initial, before, after, statements, consumers, written, null, null);
    }

    /** The statements around a written statement in its session; present only for a {@code sql} step's statements. */
    public Optional<WrittenSession> writtenSession() {
        return Optional.ofNullable(session);
    }

    /** How the parser read the statement, when it was written by hand. */
    public Optional<ParsedStatement> writtenStatement() {
        return Optional.ofNullable(written);
    }

    /** How the parser reads {@code statement}, one of {@link #statements()}. */
    public ParsedStatement parsed(RenderedSql statement) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) == statement) {
                return parsed.get(i);
            }
        }
        throw new IllegalArgumentException("not a statement of this context: " + statement.text());
    }

    public Operation operation() {
        return step.operation();
    }

    public Engine engine() {
        return dialect.engine();
    }

    /** Whether {@code statement} runs inside the step's transaction. */
    public boolean insideTransaction(RenderedSql statement) {
        return statement.mode() == RenderedSql.Mode.TRANSACTIONAL;
    }

    /** The table as it is just before the step, by plan name ({@code orders}, {@code ledger.entries}). */
    public Optional<Table> tableBefore(String name) {
        return SchemaEdit.table(before, name).map(l -> l.table());
    }

    /**
     * The table when it existed before the plan and may hold rows: its row estimate is unknown or above zero.
     * A table the plan itself creates is empty, so locking it harms nobody.
     */
    public Optional<Table> tableWithRows(String name) {
        if (initial == null) {
            return Optional.empty();
        }
        return SchemaEdit.table(initial, name).map(l -> l.table())
                .filter(t -> t.rowEstimate() == null || t.rowEstimate() > 0)
                .filter(t -> tableBefore(name).isPresent());
    }

    /** {@link #tableWithRows} of the table {@code parsed} changes or writes ({@link ParsedStatement#target()}). */
    public Optional<Table> targetWithRows(ParsedStatement parsed) {
        return parsed.target() == null ? Optional.empty() : tableWithRows(parsed.target());
    }

    /** A statement of the step, as the parser read it, and the table it changes or writes, which may hold rows. */
    public record OnTableWithRows(ParsedStatement parsed, Table table) {
    }

    /**
     * The statements of the step whose table ({@link #targetWithRows}) may hold rows, in order: what most rules
     * judge, since work on a table the plan itself created harms nobody.
     */
    public List<OnTableWithRows> statementsOnTablesWithRows() {
        List<OnTableWithRows> out = new ArrayList<>();
        for (ParsedStatement p : parsed) {
            targetWithRows(p).ifPresent(t -> out.add(new OnTableWithRows(p, t)));
        }
        return out;
    }

    /**
     * The tables of the schema after the step that the step added or changed, with their schema: every table that
     * is not the very same value before. The model is immutable and an edit replaces only what it changes, so
     * comparing identities in order is enough (and costs nothing when nothing moved).
     */
    public List<Located> changedTables() {
        List<Located> out = new ArrayList<>();
        for (Schema s : after.schemas()) {
            Schema old = before.schemas().stream().filter(b -> b.name().equals(s.name())).findFirst().orElse(null);
            if (old == s) {
                continue;
            }
            List<Table> was = old == null ? List.of() : old.tables();
            List<Table> now = s.tables();
            // a merge walk: an edit adds, removes or replaces a table and keeps the others where they were
            int i = 0;
            int j = 0;
            while (j < now.size()) {
                Table t = now.get(j);
                if (i < was.size() && was.get(i) == t) {
                    i++;
                } else if (i + 1 < was.size() && was.get(i + 1) == t) {
                    i += 2;
                } else {
                    boolean inserted = i < was.size() && j + 1 < now.size() && now.get(j + 1) == was.get(i);
                    out.add(new Located(s.name(), t));
                    i += inserted ? 0 : 1;
                }
                j++;
            }
        }
        return out;
    }

    /** {@code all ~12000000 rows} or {@code all its rows (row count unknown)}, for messages. */
    public static String allRows(Table table) {
        return table.rowEstimate() == null ? "all its rows (row count unknown)" : "all ~" + table.rowEstimate() + " rows";
    }

    /**
     * {@code all ~12000000 rows of table "orders"} or {@code every row of table "orders" (row count unknown)}, to
     * follow a verb in messages ("rewrites ...", "scans ...").
     */
    public static String everyRowOf(Table table) {
        return table.rowEstimate() == null ? "every row of table \"" + table.name() + "\" (row count unknown)"
                : "all ~" + table.rowEstimate() + " rows of table \"" + table.name() + "\"";
    }

    /** {@code ~12000000 rows} or {@code rows unknown}, for messages. */
    public static String rows(Table table) {
        return table.rowEstimate() == null ? "row count unknown" : "~" + table.rowEstimate() + " rows";
    }
}
