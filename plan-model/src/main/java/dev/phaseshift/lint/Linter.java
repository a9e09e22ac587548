package dev.phaseshift.lint;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.ParsedStatements;
import dev.phaseshift.lint.parse.SessionSetting;
import dev.phaseshift.lint.parse.SqlStatementParser;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.DropIndex;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.plan.sim.AppliedStep;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs every rule over every step of a plan: simulates the plan on the snapshots, and gives each rule that applies
 * to the service's engine the step's context. Steps the simulation could not apply are not linted (their
 * problems are in the result). Inline suppressions and the configuration's severities are applied here, so
 * rules stay unaware of both.
 *
 * <p>A {@code sql} step is read statement by statement ({@link SqlStatementParser}): each statement is linted as
 * the typed operations it performs and as itself, against the schema with the earlier statements applied (an
 * operation that does not validate there is linted but not applied; a check added {@code NOT VALID} stays
 * unvalidated in that schema until a {@code VALIDATE CONSTRAINT} validates it). Settings made earlier in the
 * session (the last {@code SET} of each setting) come before the statement in the context, since they still hold
 * when it runs, and the context carries the whole session around the statement ({@link WrittenSession}) for rules
 * that judge what earlier statements left open. A step reports each finding once.
 */
public final class Linter {
    private final List<LintRule> rules;
    private final LintConfig config;
    private final boolean oneSession;
    private final boolean wrapped;
    /** Whether a summarizing rule is on while a rule it reads is off, so the off ones must still run. */
    private final boolean needsAll;

    public Linter(List<LintRule> rules, LintConfig config) {
        this(rules, config, false, false);
    }

    private Linter(List<LintRule> rules, LintConfig config, boolean oneSession, boolean wrapped) {
        this.rules = List.copyOf(rules);
        this.config = Objects.requireNonNull(config, "config");
        this.oneSession = oneSession;
        this.wrapped = wrapped;
        this.needsAll = this.rules.stream().anyMatch(r -> r.summarizes() && config.enabled(r.id()))
                && this.rules.stream().anyMatch(r -> !config.enabled(r.id()));
    }

    /** The registered rules with default settings. */
    public static Linter standard() {
        return new Linter(LintRules.ALL, LintConfig.DEFAULTS);
    }

    /**
     * This linter for a plan whose steps run one after the other on one connection (a plain SQL file run with
     * psql or mysql): a {@code SET} in one step still holds in the later ones.
     */
    public Linter inOneSession() {
        return new Linter(rules, config, true, false);
    }

    /**
     * This linter for a plain SQL file run in one session and as one transaction ({@code psql --single-transaction},
     * Flyway on PostgreSQL): every statement shares the transaction of the earlier ones.
     */
    public Linter inOneTransaction() {
        return new Linter(rules, config, true, true);
    }

    public LintResult lint(Plan plan, Map<String, Snapshot> snapshots) {
        return lint(plan, Simulation.run(plan, snapshots));
    }

    public LintResult lint(Plan plan, SimulationResult simulation) {
        return lint(plan, simulation, List.of());
    }

    /** Lints with the estate's consumer contracts, so rules can tell which consumer a step breaks. */
    public LintResult lint(Plan plan, SimulationResult simulation, List<ConsumerContract> consumers) {
        return lint(plan, simulation, consumers, new ParsedStatements());
    }

    /**
     * Lints with the estate's consumer contracts, every statement read through {@code readings}: each statement —
     * rendered by a typed operation or written in a {@code sql} step — is parsed once for the whole run (and for
     * whatever else shares {@code readings}, such as the lock model of the same plan check).
     */
    public LintResult lint(Plan plan, SimulationResult simulation, List<ConsumerContract> consumers,
                           ParsedStatements readings) {
        List<Finding> findings = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        // the schema with the statements of sql steps applied, which the simulation leaves unchanged
        Map<String, Snapshot> written = new HashMap<>();
        Map<String, Map<String, RenderedSql>> sessions = new HashMap<>();
        Set<String> inTransaction = new HashSet<>();
        Map<AppliedStep, List<ParsedStatement>> parsed = new IdentityHashMap<>();
        Map<String, List<ParsedStatement>> scripts = new HashMap<>();
        for (AppliedStep applied : simulation.applied()) {
            if (applied.step().operation() instanceof Sql sql) {
                List<ParsedStatement> statements = readings.script(Dialect.of(applied.before()).engine(), sql.up());
                parsed.put(applied, statements);
                if (oneSession) {
                    // a file's statements are its steps: a statement's line is its line in the file
                    int first = applied.step().location() == null ? 1 : Math.max(1, applied.step().location().line());
                    statements = statements.stream().map(p -> p.withLine(first + p.line() - 1)).toList();
                    parsed.put(applied, statements);
                    scripts.computeIfAbsent(applied.step().service(), s -> new ArrayList<>()).addAll(statements);
                }
            }
        }
        List<StepWork> work = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        Map<String, SessionScript> sessionScripts = new HashMap<>();
        for (AppliedStep applied : simulation.applied()) {
            Step step = applied.step();
            Dialect dialect = Dialect.of(applied.before());
            Snapshot initial = simulation.initial().get(step.service());
            List<LintContext> contexts = new ArrayList<>();
            if (step.operation() instanceof Sql sql) {
                Map<String, RenderedSql> session = oneSession
                        ? sessions.computeIfAbsent(step.service(), s -> new LinkedHashMap<>()) : new LinkedHashMap<>();
                Snapshot state = written.getOrDefault(step.service(), applied.before());
                List<ParsedStatement> own = parsed.get(applied);
                SessionScript script = oneSession
                        ? sessionScripts.computeIfAbsent(step.service(),
                                s -> SessionScript.ofFile(scripts.get(s), wrapped, dialect.engine()))
                        : SessionScript.of(own, true, dialect.engine());
                int position = oneSession ? positions.getOrDefault(step.service(), 0) : 0;
                for (ParsedStatement statement : own) {
                    WrittenSession around = new WrittenSession(script, position++);
                    if (oneSession && statement.has(StatementFlag.OPENS_TRANSACTION)) {
                        inTransaction.add(step.service());
                    } else if (oneSession && statement.has(StatementFlag.ENDS_TRANSACTION)) {
                        inTransaction.remove(step.service());
                    }
                    List<RenderedSql> statements = settingsFor(session);
                    List<ParsedStatement> readAs = new ArrayList<>(statements.size() + 1);
                    statements.forEach(setting -> readAs.add(readings.of(dialect.engine(), setting.text())));
                    // a session runs each statement in a transaction of its own, unless BEGIN opened one
                    boolean alone = oneSession && !wrapped && !inTransaction.contains(step.service())
                            && statement.has(StatementFlag.CONCURRENTLY);
                    statements.add(alone ? RenderedSql.outsideTransaction(statement.text())
                            : RenderedSql.of(statement.text()));
                    readAs.add(statement);
                    Snapshot statementBefore = state;
                    for (Operation op : statement.operations()) {
                        Optional<Operation> typed = withTable(op, state);
                        if (typed.isEmpty()) {
                            continue;
                        }
                        Snapshot after = applies(typed.get(), state)
                                ? WrittenValidation.added(typed.get(), statement, typed.get().applyTo(state)) : state;
                        contexts.add(new LintContext(plan, applied.phaseId(), withOperation(step, typed.get()),
                                dialect, initial, state, after, statements, consumers, statement, around, readAs));
                        state = after;
                    }
                    state = WrittenValidation.validated(statement, state);
                    // as itself, the statement is judged on its text, as sql steps always were: the schema
                    // changes it makes are its typed operations' to judge, once
                    contexts.add(new LintContext(plan, applied.phaseId(),
                            withOperation(step, new Sql(statement.text(), sql.down())), dialect, initial,
                            statementBefore, statementBefore, statements, consumers, statement, around, readAs));
                    // the last setting of each name holds for later statements (RESET and set_config too)
                    for (SessionSetting setting : statement.settings()) {
                        String key = "set:" + setting.name();
                        session.remove(key);
                        session.put(key, RenderedSql.of(statement.text()));
                    }
                }
                written.put(step.service(), state);
                positions.put(step.service(), position);
            } else {
                List<RenderedSql> rendered = step.operation().forwardSql(dialect, applied.before());
                contexts.add(new LintContext(plan, applied.phaseId(), step, dialect, initial, applied.before(),
                        applied.after(), rendered, consumers, null, null,
                        rendered.stream().map(r -> readings.of(dialect.engine(), r.text())).toList()));
                written.computeIfPresent(step.service(), (s, state) -> applies(step.operation(), state)
                        ? step.operation().applyTo(state) : applied.after());
            }
            work.add(new StepWork(step, dialect, contexts));
        }
        // the contexts are built in order (each statement sees the schema the earlier ones left); judging them
        // is independent per step, so it runs on every core, and the findings are collected in step order
        List<List<Finding>> judged = (work.size() > 1 ? work.parallelStream() : work.stream())
                .map(w -> {
                    Set<Finding> reported = new LinkedHashSet<>();
                    for (LintContext context : w.contexts()) {
                        reported.addAll(judge(context, w.dialect()));
                    }
                    return ordered(reported);
                }).toList();
        for (int i = 0; i < work.size(); i++) {
            Set<String> allowed = Suppressions.of(work.get(i).step());
            for (Finding f : judged.get(i)) {
                Finding configured = config.severity(f.ruleId()).map(f::withSeverity).orElse(f);
                (allowed.contains(f.ruleId()) ? suppressed : findings).add(configured);
            }
        }
        return new LintResult(simulation.problems(), findings, suppressed);
    }

    /** One step's contexts, built in order, to be judged. */
    private record StepWork(Step step, Dialect dialect, List<LintContext> contexts) {
    }

    /**
     * What the enabled rules find on one context. Rules that summarize the others see every applicable rule's
     * findings, so those run even when turned off (and only then are dropped).
     */
    private List<Finding> judge(LintContext context, Dialect dialect) {
        List<Finding> all = new ArrayList<>();
        boolean summaries = false;
        for (LintRule rule : rules) {
            if (!rule.engines().contains(dialect.engine())) {
                continue;
            }
            if (rule.summarizes()) {
                summaries |= config.enabled(rule.id());
            } else if (config.enabled(rule.id()) || needsAll) {
                all.addAll(rule.check(context));
            }
        }
        if (summaries) {
            List<Finding> others = List.copyOf(all);
            for (LintRule rule : rules) {
                if (rule.summarizes() && rule.engines().contains(dialect.engine()) && config.enabled(rule.id())) {
                    all.addAll(rule.summarize(context, others));
                }
            }
        }
        if (needsAll) {
            all.removeIf(f -> !config.enabled(f.ruleId()));
        }
        return all;
    }

    /** The settings in force for the next statement: each statement that made one, once, in the order made. */
    private static List<RenderedSql> settingsFor(Map<String, RenderedSql> session) {
        List<RenderedSql> out = new ArrayList<>();
        if (session.isEmpty()) {
            return out;
        }
        // a validation made earlier is the schema's to remember (WrittenValidation), not a statement to show again:
        // shown, it would be judged again with every later statement of its table
        session.forEach((key, statement) -> {
            if (key.startsWith("set:") && !out.contains(statement)) {
                out.add(statement);
            }
        });
        return out;
    }

    /** A step's findings with rules in registry order, each rule's in the order it reported them. */
    private List<Finding> ordered(Set<Finding> reported) {
        List<Finding> out = new ArrayList<>();
        for (LintRule rule : rules) {
            reported.stream().filter(f -> f.ruleId().equals(rule.id())).forEach(out::add);
        }
        return out;
    }

    private static Step withOperation(Step step, Operation operation) {
        return new Step(step.id(), step.service(), operation, step.rollback(), step.notes(), step.location());
    }

    /** Whether {@code op} validates on {@code state} without errors, so it can be applied. */
    private static boolean applies(Operation op, Snapshot state) {
        try {
            return op.validate(state).stream().noneMatch(Problem::isError);
        } catch (RuntimeException e) {
            // an operation read from odd SQL that its own check cannot cope with is linted, not applied
            return false;
        }
    }

    /**
     * The operation with its table filled in where the SQL does not name it (postgresql {@code DROP INDEX i});
     * empty when no table of the schema has that index.
     */
    private static Optional<Operation> withTable(Operation op, Snapshot state) {
        if (!(op instanceof DropIndex drop) || drop.table() != null) {
            return Optional.of(op);
        }
        String defaultSchema = SchemaEdit.defaultSchema(state);
        return SchemaEdit.tableOfIndex(state, drop.name()).map(l -> new DropIndex(drop.name(),
                l.schema().equals(defaultSchema) ? l.table().name() : l.schema() + "." + l.table().name()));
    }
}
