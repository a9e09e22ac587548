package dev.phaseshift.lint.parse;

import dev.phaseshift.estate.SourceLocation;
import dev.phaseshift.lint.LintConfig;
import dev.phaseshift.lint.LintResult;
import dev.phaseshift.lint.LintRules;
import dev.phaseshift.lint.Linter;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.sql.SqlScript;
import dev.phaseshift.sql.SqlStatement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lints a plain SQL file as {@code phaseshift lint FILE.sql} does: the file becomes a plan of one phase with one
 * {@code sql} step per statement (id {@code line-N}, located at the statement, service {@value #SERVICE}), run on
 * the schema the file is assumed to need ({@link AssumedSchema}), its statements in one session. A
 * {@code -- phaseshift:allow RULE-ID REASON} comment on the lines directly above a statement applies to it.
 * {@code missing-rollback} does not apply: a plain file has no {@code down}.
 */
public final class SqlFileLint {
    public static final String SERVICE = AssumedSchema.SERVICE;
    private static final Set<String> NOT_FOR_FILES = Set.of("missing-rollback");

    private final Plan plan;
    private final Snapshot assumed;

    /** The file's statements as read once, for the linter to judge without reading them again. */
    private final ParsedStatements readings;

    private SqlFileLint(Plan plan, Snapshot assumed, ParsedStatements readings) {
        this.plan = plan;
        this.assumed = assumed;
        this.readings = readings;
    }

    /** The plan and assumed schema of {@code text}, the content of {@code file}, for a server of {@code dialect}. */
    public static SqlFileLint of(String file, String text, Dialect dialect) {
        ParsedStatements readings = new ParsedStatements();
        String[] lines = text.split("\r?\n", -1);
        List<ParsedStatement> parsed = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int previousLine = -1;
        int searchFrom = 0;
        for (SqlStatement s : SqlScript.split(text)) {
            ParsedStatement read = readings.of(dialect.engine(), s.text());
            parsed.add(s.line() == 1 ? read : read.withLine(s.line()));
            String lineText = s.line() <= lines.length ? lines[s.line() - 1] : "";
            int from = s.line() == previousLine ? searchFrom : 0;
            String start = s.text().substring(0, Math.min(s.text().length(), 6));
            int index = lineText.indexOf(start, from);
            int column = index < 0 ? 1 : index + 1;
            previousLine = s.line();
            searchFrom = Math.max(0, index) + start.length();
            String id = "line-" + s.line();
            for (int k = 2; !ids.add(id); k++) {
                id = "line-" + s.line() + "-" + k;
            }
            steps.add(new Step(id, SERVICE, new Sql(s.text(), null), null, allowances(lines, s.line()),
                    SourceLocation.of(file, s.line(), column)));
        }
        Phase phase = Phase.of("file", PhaseKind.EXPAND, steps);
        Plan plan = new Plan(file, "the statements of " + file, List.of(SERVICE), List.of(phase),
                SourceLocation.of(file, 0, 0));
        return new SqlFileLint(plan, AssumedSchema.of(parsed, dialect, file), readings);
    }

    /** The statements as a plan: one phase, one step per statement. */
    public Plan plan() {
        return plan;
    }

    /** The schema the file is assumed to run on. */
    public Snapshot assumed() {
        return assumed;
    }

    /** Every registered rule that applies to files, over every statement. */
    public LintResult lint() {
        return lint(false);
    }

    /**
     * Every registered rule that applies to files, over every statement; {@code singleTransaction} when whatever
     * runs the file wraps it in one transaction ({@code psql --single-transaction}, Flyway on PostgreSQL), so that
     * every statement holds its locks until the end of the file.
     */
    public LintResult lint(boolean singleTransaction) {
        LintConfig config = new LintConfig(Map.of(), NOT_FOR_FILES);
        SimulationResult simulation = Simulation.run(plan, Map.of(SERVICE, assumed));
        Linter linter = new Linter(LintRules.ALL, config);
        return (singleTransaction ? linter.inOneTransaction() : linter.inOneSession()).lint(plan, simulation,
                List.of(), readings);
    }

    /** The comment lines directly above line {@code line} (1-based), where a statement's allowances are written. */
    private static String allowances(String[] lines, int line) {
        StringBuilder out = new StringBuilder();
        for (int i = line - 2; i >= 0; i--) {
            String trimmed = lines[i].strip();
            if (!trimmed.startsWith("--")) {
                break;
            }
            out.insert(0, trimmed + "\n");
        }
        return out.isEmpty() ? null : out.toString();
    }
}
