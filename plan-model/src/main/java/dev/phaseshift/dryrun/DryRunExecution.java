package dev.phaseshift.dryrun;

import dev.phaseshift.connect.ConnectionFailedException;
import dev.phaseshift.connect.DatabaseConnections;
import dev.phaseshift.connect.JdbcUrl;
import dev.phaseshift.ddl.SchemaMapping;
import dev.phaseshift.dryrun.data.LoadedRows;
import dev.phaseshift.dryrun.data.ShadowRows;
import dev.phaseshift.dryrun.report.BackfillEstimate;
import dev.phaseshift.dryrun.report.Check;
import dev.phaseshift.dryrun.report.DataLoad;
import dev.phaseshift.dryrun.report.DryRunReport;
import dev.phaseshift.dryrun.report.ObservedLock;
import dev.phaseshift.dryrun.report.PhaseRun;
import dev.phaseshift.dryrun.report.Prediction;
import dev.phaseshift.dryrun.report.RunKind;
import dev.phaseshift.dryrun.report.ServiceShadow;
import dev.phaseshift.dryrun.report.StepRun;
import dev.phaseshift.dryrun.report.StepStatus;
import dev.phaseshift.dryrun.report.Verdict;
import dev.phaseshift.dryrun.report.VerificationRun;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.introspect.Credentials;
import dev.phaseshift.introspect.DatabaseConnector;
import dev.phaseshift.introspect.IntrospectionException;
import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.Gate;
import dev.phaseshift.plan.ManualApproval;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.VerificationGate;
import dev.phaseshift.plan.op.Backfill;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.plan.sim.AppliedStep;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.runner.StatementBatch;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One shadow dry-run from start to report; see {@link ShadowDryRun}. Not reusable. */
final class DryRunExecution {
    private final DryRunRequest request;
    private final DryRunListener listener;
    private final Plan plan;
    private final long startNanos = System.nanoTime();
    private final Instant startedAt = Instant.now();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, ServiceRehearsal> rehearsals = new LinkedHashMap<>();
    private final Map<String, ServiceShadow> shadows = new LinkedHashMap<>();
    private final Map<String, Long> rowsLoaded = new HashMap<>();
    private final Map<String, AppliedStep> applied = new HashMap<>();
    /** Services whose shadow no longer holds a state the checks can rely on. */
    private final Map<String, String> unreliable = new LinkedHashMap<>();
    private boolean cancelled;

    DryRunExecution(DryRunRequest request, DryRunListener listener) {
        this.request = request;
        this.listener = listener == null ? DryRunListener.SILENT : listener;
        this.plan = request.plan();
    }

    DryRunReport run() {
        List<String> services = plan.steps().map(Step::service).distinct().toList();
        SimulationResult simulation = Simulation.run(plan, request.estate().snapshots());
        if (simulation.hasErrors()) {
            simulation.problems().stream().filter(Problem::isError).forEach(problems::add);
            problems.add(Problem.error("dry-run-not-started", "the plan does not simulate cleanly, so nothing ran",
                    "fix the problems above (phaseshift validate)", null));
            return report(notRun(plan.phases(), "the plan does not simulate cleanly"), null);
        }
        simulation.applied().forEach(a -> applied.put(a.step().id(), a));
        List<PhaseRun> phases = null;
        Check reversible = null;
        try {
            Map<String, Snapshot> baseline = setUp(services);
            List<Map<String, Snapshot>> states = new ArrayList<>();
            states.add(baseline);
            Check[] rollback = new Check[plan.phases().size()];
            Check[] idempotence = new Check[plan.phases().size()];
            Forward forward = forward(states, rollback, idempotence);
            reversible = rollBackAll(states, rollback);
            phases = new ArrayList<>();
            for (int i = 0; i < plan.phases().size(); i++) {
                Phase phase = plan.phases().get(i);
                phases.add(new PhaseRun(phase.id(), kind(phase), forward.gates.get(i), forward.steps.get(i),
                        rollback[i], idempotence[i]));
            }
        } catch (RuntimeException e) {
            // the first frame of our own code goes into the report, so a bug report carries where it happened
            String where = java.util.Arrays.stream(e.getStackTrace())
                    .filter(f -> f.getClassName().startsWith("dev.phaseshift")).findFirst()
                    .map(f -> " at " + f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "."
                            + f.getMethodName() + ":" + f.getLineNumber()).orElse("");
            problems.add(Problem.error("dry-run-failed", "the dry-run stopped unexpectedly: " + e + where,
                    "report this as a bug with the plan", null));
            if (phases == null) {
                phases = notRun(plan.phases(), "the dry-run stopped unexpectedly");
            }
        } finally {
            dropAll();
        }
        return report(phases, reversible);
    }

    // ---- set-up -------------------------------------------------------------------------------------------

    private Map<String, Snapshot> setUp(List<String> services) {
        Map<String, Snapshot> baseline = new LinkedHashMap<>();
        for (String service : services) {
            ShadowServer server = request.scratch().get(service);
            Snapshot snapshot = request.estate().snapshots().get(service);
            if (server == null) {
                missing(service, "service \"" + service + "\" has no scratch server",
                        "give --scratch " + service + "=JDBC");
                continue;
            }
            if (snapshot == null) {
                missing(service, "service \"" + service + "\" has no snapshot to build its shadow from",
                        "run phaseshift inspect --service " + service);
                continue;
            }
            if (server.engine() != snapshot.engine()) {
                missing(service, "scratch server " + server.url() + " for service \"" + service + "\" runs "
                        + server.engine().id() + " but the service runs " + snapshot.engine().id(),
                        "give a " + snapshot.engine().id() + " server for --scratch " + service);
                continue;
            }
            ServiceRehearsal r = new ServiceRehearsal(service, server, snapshot, request.statementTimeout());
            rehearsals.put(service, r);
            try {
                listener.message("creating shadow for " + service + " on " + server.url());
                r.create();
                listener.message("created " + r.shadow().name() + "; loading the snapshot of " + service);
                r.load();
                warnAboutVersion(r);
                warnAboutSharedServer(r);
                loadRows(r);
                listener.message("reading the loaded shadow of " + service);
                baseline.put(service, r.introspect());
                shadows.put(service, shadowOf(r, null));
            } catch (ConnectionFailedException | ShadowException | SQLException | IntrospectionException
                     | RuntimeException e) {
                String reason = e instanceof SQLException sql ? sql.getMessage() : e.getMessage();
                r.fail("its shadow could not be set up");
                problems.add(Problem.error("shadow-setup-failed", "service \"" + service + "\": " + reason,
                        null, null));
                shadows.put(service, shadowOf(r, reason));
            }
        }
        return baseline;
    }

    private void missing(String service, String message, String help) {
        problems.add(Problem.error("no-shadow", message, help, null));
        shadows.put(service, new ServiceShadow(service, null, null, null, null, request.data(), 0, 0, true, message));
    }

    private void warnAboutVersion(ServiceRehearsal r) {
        var production = r.dialect();
        var scratch = dev.phaseshift.plan.sql.Dialect.parse(r.scratchProduct(), r.scratchVersion());
        if (scratch.product() != production.product() || scratch.major() != production.major()) {
            problems.add(Problem.warning("scratch-version-differs", "service \"" + r.service() + "\" runs " + production
                    + " but its scratch server runs " + scratch + ": the rehearsal runs production's SQL on another"
                    + " version, so timings and locks may differ", "use a scratch server of the same version", null));
        }
    }

    /**
     * MySQL: a raw {@code sql} step that names the source database unquoted ({@code shop.orders}) would reach
     * it when the scratch server is the source's server; back-quoted names are pointed at the shadow.
     */
    private void warnAboutSharedServer(ServiceRehearsal r) {
        ServiceDefinition definition = definition(r.service());
        if (r.engine() != Engine.MYSQL || definition == null || definition.url() == null) {
            return;
        }
        try {
            if (JdbcUrl.parse(definition.url()).hostPart().equalsIgnoreCase(r.server().url().hostPart())) {
                problems.add(Problem.warning("scratch-is-source-server", "service \"" + r.service()
                        + "\" is rehearsed on the server of its source database " + r.server().url()
                        + ": a sql step that names the source database without back-quotes would change it",
                        "use a separate scratch server", null));
            }
        } catch (IllegalArgumentException e) {
            // an estate URL that does not parse is the estate's problem, reported where it is loaded
        }
    }

    private ServiceDefinition definition(String service) {
        return request.estate().services().stream().filter(s -> s.name().equals(service)).findFirst().orElse(null);
    }

    private void loadRows(ServiceRehearsal r) throws SQLException, IntrospectionException {
        DataLoad data = request.data();
        if (data.mode() == DataLoad.Mode.NONE) {
            return;
        }
        listener.message("loading " + data + " into the shadow of " + r.service());
        LoadedRows rows;
        if (data.mode() == DataLoad.Mode.SYNTHESIZE) {
            rows = ShadowRows.synthesize(r.source(), r.connection(), data.rowsPerTable());
        } else {
            ServiceDefinition definition = definition(r.service());
            if (definition == null || definition.url() == null) {
                throw new IllegalStateException("service \"" + r.service()
                        + "\" has no connection in the estate file to sample rows from");
            }
            // only ever read: the connector opens a read-only session with a statement timeout
            try (Connection source = new DatabaseConnector().connect(r.service(), r.engine(), definition.url(),
                    Credentials.of(definition.user(), secret(definition)), request.statementTimeout())) {
                rows = ShadowRows.sample(r.source(), source, r.connection(), data.rowsPerTable());
            }
        }
        rowsLoaded.put(r.service(), rows.total());
        for (String reason : rows.skipped()) {
            problems.add(Problem.warning("rows-not-loaded", "service \"" + r.service() + "\": " + reason,
                    "the plan still ran; steps on that table ran on fewer rows", null));
        }
    }

    /** Without a console: {@code ${prompt}} cannot be answered during a dry-run. */
    private static String secret(ServiceDefinition definition) {
        try {
            char[] value = dev.phaseshift.connect.SecretReference.resolve(definition.password(), definition.name(),
                    definition.user(), null);
            return value == null ? null : new String(value);
        } catch (dev.phaseshift.connect.SecretUnavailableException e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    private ServiceShadow shadowOf(ServiceRehearsal r, String error) {
        ShadowDatabase shadow = r.shadow();
        return new ServiceShadow(r.service(),
                r.scratchProduct() == null ? r.engine().id() : r.scratchProduct().name().toLowerCase(Locale.ROOT),
                r.scratchVersion(), shadow == null ? null : shadow.name().databaseName(), r.server().url().toString(),
                request.data(), r.tablesLoaded(), rowsLoaded.getOrDefault(r.service(), 0L),
                shadow == null || shadow.isDropped(), error);
    }

    // ---- forward run --------------------------------------------------------------------------------------

    /** What the forward run recorded, phase by phase. */
    private static final class Forward {
        final List<List<VerificationRun>> gates = new ArrayList<>();
        final List<List<StepRun>> steps = new ArrayList<>();
    }

    /**
     * Runs the phases in order. Each phase is rolled back and re-applied right after it ran, on the shadow as the
     * phase left it: so a later phase whose rollback loses data (a dropped column comes back empty) cannot make
     * an earlier phase look wrong.
     */
    private Forward forward(List<Map<String, Snapshot>> states, Check[] rollback, Check[] idempotence) {
        Forward forward = new Forward();
        for (int i = 0; i < plan.phases().size(); i++) {
            Phase phase = plan.phases().get(i);
            listener.message("phase " + phase.id());
            forward.gates.add(gates(phase));
            List<StepRun> runs = new ArrayList<>();
            for (Step step : phase.steps()) {
                ServiceRehearsal r = live(step.service());
                if (r == null || cancelRequested()) {
                    runs.add(notRun(step, cancelled ? "the run was cancelled" : reasonFor(step.service())));
                    continue;
                }
                AppliedStep a = applied.get(step.id());
                StepRun run = execute("forward", r, step, a,
                        requalified(r, step.operation().forwardSql(r.dialect(), a.before())), true);
                runs.add(run);
                if (run.status() == StepStatus.FAILED) {
                    r.fail("step \"" + step.id() + "\" failed");
                }
            }
            forward.steps.add(runs);
            // a service the phase does not change keeps the schema it had: reading it again would only cost time
            Map<String, Snapshot> state = new LinkedHashMap<>(states.get(states.size() - 1));
            Set<String> changed = phase.steps().stream().map(Step::service).collect(Collectors.toSet());
            for (ServiceRehearsal r : rehearsals.values()) {
                Snapshot read = r.failure() == null && !cancelled && changed.contains(r.service()) ? read(r) : null;
                if (read != null) {
                    state.put(r.service(), read);
                } else if (r.failure() != null || cancelled) {
                    state.remove(r.service());
                }
            }
            states.add(state);
            checkPhase(i, states, rollback, idempotence);
        }
        return forward;
    }

    private List<VerificationRun> gates(Phase phase) {
        List<VerificationRun> out = new ArrayList<>();
        for (Gate gate : phase.gates()) {
            if (gate instanceof VerificationGate v) {
                ServiceRehearsal r = live(v.service());
                if (r == null) {
                    listener.message("phase " + phase.id() + ": verification on " + v.service()
                            + " not run: " + reasonFor(v.service()));
                    continue;
                }
                StatementBatch.Outcome o = batch(r).run(
                        requalified(r, List.of(RenderedSql.mustReturnTrue(v.query()))));
                out.add(new VerificationRun(v.service(), v.query(), o.ok(), o.error()));
                if (!o.ok()) {
                    r.fail("the verification gate of phase \"" + phase.id() + "\" failed");
                }
            } else if (gate instanceof ManualApproval m) {
                listener.message("phase " + phase.id() + ": manual approval (" + m.description()
                        + ") does not apply to a dry-run");
            } else if (gate instanceof DeploymentWait w) {
                listener.message("phase " + phase.id() + ": waiting for " + w.service() + " " + w.version()
                        + " does not apply to a dry-run");
            }
        }
        return out;
    }

    /** Runs one step's statements with lock observation and records it. */
    private StepRun execute(String pass, ServiceRehearsal r, Step step, AppliedStep a, List<RenderedSql> sql,
                            boolean forwardPass) {
        Operation op = step.operation();
        boolean mysql = r.engine() == Engine.MYSQL;
        // what a failure leaves is known only by reading the schema before: MySQL commits each DDL statement
        // itself, and PostgreSQL commits whatever ran outside the step's transaction (CONCURRENTLY, backfills)
        boolean commitsAlongTheWay = mysql ? op.changesSchema() || op instanceof Sql
                : sql.stream().anyMatch(s -> s.mode() == RenderedSql.Mode.OUTSIDE_TRANSACTION);
        Snapshot beforeRead = forwardPass && commitsAlongTheWay ? read(r) : null;
        Long backfillRows = forwardPass && op instanceof Backfill b ? count(r, b) : null;
        long start = now();
        LockWatch watch = forwardPass ? LockWatch.start(r, a, tablesOf(a), this::now) : LockWatch.NONE;
        StatementBatch.Outcome o;
        try {
            o = batch(r).run(sql);
        } finally {
            watch.stop();
        }
        long wall = now() - start;
        List<ObservedLock> locks = watch.locks();
        StepStatus status;
        String error = o.error();
        if (o.cancelled()) {
            cancelled = true;
            status = o.statements().isEmpty() ? StepStatus.NOT_RUN : StepStatus.FAILED;
            error = "the run was cancelled";
        } else {
            status = o.ok() ? StepStatus.OK : StepStatus.FAILED;
        }
        List<String> stateLeft = null;
        if (status == StepStatus.FAILED && beforeRead != null) {
            Snapshot after = read(r);
            if (after != null) {
                stateLeft = SchemaComparison.differences(r.service(), beforeRead, after);
            }
        }
        BackfillEstimate backfill = null;
        if (backfillRows != null && status == StepStatus.OK) {
            backfill = estimate(r, (Backfill) op, backfillRows, wall);
        }
        // a backfill runs as one DO block or procedure call, which reports no count: the rows it had to update
        Long rows = backfill != null ? Long.valueOf(backfill.rowsMeasured()) : o.rows();
        StepRun run = new StepRun(step.id(), step.service(), op.operationName(), status, start, wall, rows,
                o.statements(), locks, forwardPass ? predicted(a) : null, error, o.failedSql(), stateLeft, backfill);
        listener.stepDone(pass, run);
        return run;
    }

    private Prediction predicted(AppliedStep a) {
        try {
            return request.predictor().apply(a);
        } catch (RuntimeException e) {
            // a prediction is context for the reader; its failure must not stop the rehearsal
            return null;
        }
    }

    private Long count(ServiceRehearsal r, Backfill b) {
        String filter = b.where() == null ? "" : " WHERE " + b.where();
        String sql = "SELECT count(*) FROM " + r.dialect().qualified(b.table()) + filter;
        try (Statement st = r.connection().createStatement();
             ResultSet rs = st.executeQuery(requalified(r, List.of(RenderedSql.of(sql))).get(0).text())) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return null;
        }
    }

    /** The backfill's measured rate extrapolated to the production estimate, batches and pauses included. */
    private BackfillEstimate estimate(ServiceRehearsal r, Backfill b, long rows, long millis) {
        Long production = productionRows(r.source(), b.table());
        if (rows == 0 || production == null) {
            return new BackfillEstimate(b.table(), rows, millis, production, null);
        }
        long shadowPauses = ((rows + b.batch() - 1) / b.batch()) * (long) b.pause();
        double perRow = Math.max(0, millis - shadowPauses) / (double) rows;
        long productionPauses = ((production + b.batch() - 1) / b.batch()) * (long) b.pause();
        return new BackfillEstimate(b.table(), rows, millis, production,
                Math.round(perRow * production) + productionPauses);
    }

    private static Long productionRows(Snapshot source, String table) {
        int dot = table.indexOf('.');
        String schema = dot < 0 ? null : table.substring(0, dot);
        String name = dot < 0 ? table : table.substring(dot + 1);
        return source.schemas().stream().filter(s -> schema == null || s.name().equals(schema))
                .flatMap(s -> s.table(name).stream()).findFirst().map(Table::rowEstimate).orElse(null);
    }

    /** Tables of the schema before the step that the step names, for a MySQL write probe. */
    private static List<String> tablesOf(AppliedStep a) {
        Set<String> names = new LinkedHashSet<>();
        for (var component : a.step().operation().getClass().getRecordComponents()) {
            // every operation on a table names it in a component called "table"
            if (component.getName().equals("table")) {
                try {
                    Object value = component.getAccessor().invoke(a.step().operation());
                    if (value instanceof String s) {
                        names.add(s);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return List.copyOf(names);
    }

    // ---- rollback, idempotence, reversibility -------------------------------------------------------------

    /** Rolls phase {@code i} back (compared with the schemas before it), then re-applies it (compared with after). */
    private void checkPhase(int i, List<Map<String, Snapshot>> states, Check[] rollback, Check[] idempotence) {
        Phase phase = plan.phases().get(i);
        List<String> services = phase.steps().stream().map(Step::service).distinct().toList();
        if (services.isEmpty()) {
            rollback[i] = Check.skipped("no steps to roll back");
            idempotence[i] = Check.skipped("no steps to re-apply");
            return;
        }
        String blocked = cancelRequested() ? "the run was cancelled" : services.stream()
                .filter(s -> live(s) == null || unreliable.containsKey(s))
                .map(s -> "service \"" + s + "\": " + (live(s) == null ? reasonFor(s) : unreliable.get(s)))
                .findFirst().orElse(null);
        if (blocked != null) {
            rollback[i] = Check.skipped("not checked: " + blocked);
            idempotence[i] = Check.skipped("not checked: " + blocked);
            return;
        }
        listener.message("phase " + phase.id() + ": rolling back and re-applying");
        rollback[i] = rollBack(phase, services, states.get(i), "rollback");
        // a rollback that ran but left differences still leaves a schema worth re-applying on
        boolean undoRan = rollback[i].verdict() != Verdict.FAILED || !rollback[i].differences().isEmpty();
        if (!undoRan) {
            idempotence[i] = Check.skipped("not checked: the rollback failed");
            services.stream().filter(s -> live(s) != null)
                    .forEach(s -> live(s).fail("the rollback of phase \"" + phase.id() + "\" failed"));
            return;
        }
        idempotence[i] = reapply(phase, services, states.get(i + 1));
        if (idempotence[i].verdict() == Verdict.FAILED && idempotence[i].differences().isEmpty()) {
            // a step failed on the second run: the shadow is neither before nor after the phase
            services.stream().filter(s -> live(s) != null)
                    .forEach(s -> live(s).fail("re-applying phase \"" + phase.id() + "\" failed"));
        }
    }

    /** Rolls every phase back, last first, and compares the shadows with the schemas first loaded. */
    private Check rollBackAll(List<Map<String, Snapshot>> states, Check[] rollback) {
        for (int i = plan.phases().size() - 1; i >= 0 && !cancelRequested(); i--) {
            Phase phase = plan.phases().get(i);
            List<String> services = phase.steps().stream().map(Step::service).distinct()
                    .filter(s -> live(s) != null && !unreliable.containsKey(s)).toList();
            if (services.isEmpty()) {
                continue;
            }
            listener.message("phase " + phase.id() + ": rolling back for the reversibility check");
            Check undone = rollBack(phase, services, states.get(i), "final rollback");
            if (undone.verdict() == Verdict.FAILED) {
                services.forEach(s -> unreliable.putIfAbsent(s, "the final rollback of phase \"" + phase.id()
                        + "\" failed"));
                if (rollback[i].verdict() != Verdict.FAILED) {
                    problems.add(Problem.warning("final-rollback-failed", "phase \"" + phase.id()
                            + "\": rolling back after the later phases failed: " + undone.detail(), null, null));
                }
            }
        }
        for (int i = 0; i < plan.phases().size(); i++) {
            if (rollback[i].verdict() == Verdict.FAILED) {
                // a phase that does not roll back exactly makes the plan irreversible, whatever came later
                return Check.failed("phase \"" + plan.phases().get(i).id() + "\" does not roll back exactly: "
                        + rollback[i].detail(), rollback[i].differences());
            }
        }
        return reversible(states.get(0));
    }

    private Check rollBack(Phase phase, List<String> services, Map<String, Snapshot> expected, String pass) {
        List<Step> steps = new ArrayList<>(phase.steps().stream().filter(st -> services.contains(st.service()))
                .toList());
        java.util.Collections.reverse(steps);
        for (Step step : steps) {
            if (cancelled) {
                return Check.skipped("not checked: the run was cancelled");
            }
            ServiceRehearsal r = rehearsals.get(step.service());
            AppliedStep a = applied.get(step.id());
            List<RenderedSql> undo = step.rollback() != null
                    ? step.rollback().forwardSql(r.dialect(), a.after())
                    : step.operation().rollbackSql(r.dialect(), a.before());
            StepRun run = execute(pass, r, step, a, requalified(r, undo), false);
            if (run.status() != StepStatus.OK) {
                unreliable.put(step.service(), "the " + pass + " of step \"" + step.id() + "\" failed");
                return Check.failed("undoing step \"" + step.id() + "\" failed: " + run.error(), List.of());
            }
        }
        return compare(services, expected, "rollback exact", "the rollback did not restore the schema");
    }

    private Check reapply(Phase phase, List<String> services, Map<String, Snapshot> expected) {
        for (Step step : phase.steps()) {
            if (cancelled) {
                return Check.skipped("not checked: the run was cancelled");
            }
            ServiceRehearsal r = rehearsals.get(step.service());
            AppliedStep a = applied.get(step.id());
            StepRun run = execute("re-apply", r, step, a,
                    requalified(r, step.operation().forwardSql(r.dialect(), a.before())), false);
            if (run.status() != StepStatus.OK) {
                unreliable.put(step.service(), "re-applying step \"" + step.id() + "\" failed");
                return Check.failed("step \"" + step.id() + "\" failed on the second run: " + run.error(), List.of());
            }
        }
        return compare(services, expected, "re-applied cleanly", "re-applying gave another schema");
    }

    private Check compare(List<String> services, Map<String, Snapshot> expected, String passed, String failed) {
        List<String> differences = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (String service : services) {
            Snapshot want = expected.get(service);
            Snapshot got = read(rehearsals.get(service));
            if (want == null || got == null) {
                return Check.skipped("not checked: the schema of \"" + service + "\" could not be read");
            }
            differences.addAll(SchemaComparison.differences(service, want, got));
            order.addAll(SchemaComparison.columnOrderChanges(service, want, got));
        }
        if (!differences.isEmpty()) {
            return Check.failed(failed, differences);
        }
        // PostgreSQL re-adds a dropped column at the end: exact, but say where the order moved
        return Check.passed(order.isEmpty() ? passed : passed + " apart from column order in "
                + String.join(", ", order.stream().map(line -> line.substring(0, line.indexOf(':'))).toList()));
    }

    private Check reversible(Map<String, Snapshot> baseline) {
        if (cancelled) {
            return Check.skipped("not checked: the run was cancelled");
        }
        List<String> checked = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ServiceRehearsal r : rehearsals.values()) {
            if (r.failure() != null || unreliable.containsKey(r.service()) || !baseline.containsKey(r.service())) {
                skipped.add("\"" + r.service() + "\"");
            } else {
                checked.add(r.service());
            }
        }
        if (checked.isEmpty()) {
            return Check.skipped("not checked: no shadow ran the whole plan");
        }
        Check check = compare(checked, baseline, "every shadow is back to the schema first loaded",
                "after rolling every phase back the schema differs from the one first loaded");
        if (check.verdict() == Verdict.PASSED && !skipped.isEmpty()) {
            return Check.skipped("not checked for " + String.join(", ", skipped) + " (" + check.detail()
                    + " for the others)");
        }
        return check;
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private StatementBatch batch(ServiceRehearsal r) {
        return new StatementBatch(r.connection(), r.engine(), request.statementTimeout(), this::now,
                this::cancelRequested);
    }

    private boolean cancelRequested() {
        if (!cancelled && listener.cancelled()) {
            cancelled = true;
            problems.add(Problem.error("dry-run-cancelled", "the dry-run was cancelled", null, null));
        }
        return cancelled;
    }

    /**
     * MySQL: statements that name the source database ({@code `shop`.`orders`}, as in view definitions the
     * server printed) are pointed at the shadow, so nothing reaches the source even on a shared server.
     */
    private static List<RenderedSql> requalified(ServiceRehearsal r, List<RenderedSql> sql) {
        if (r.engine() != Engine.MYSQL || r.source().schemas().isEmpty()) {
            return sql;
        }
        SchemaMapping mapping = SchemaMapping.of(r.source().schemas().get(0).name(),
                r.shadow().name().databaseName());
        return sql.stream().map(s -> new RenderedSql(mapping.requalifyBackquoted(s.text()), s.mode())).toList();
    }

    private Snapshot read(ServiceRehearsal r) {
        try {
            return r.introspect();
        } catch (ConnectionFailedException | IntrospectionException | SQLException e) {
            String reason = e instanceof SQLException sql ? DatabaseConnections.reason(sql) : e.getMessage();
            problems.add(Problem.error("shadow-unreadable", "service \"" + r.service()
                    + "\": cannot read the shadow's schema: " + reason, null, null));
            r.fail("its shadow's schema could not be read");
            return null;
        }
    }

    private ServiceRehearsal live(String service) {
        ServiceRehearsal r = rehearsals.get(service);
        return r == null || r.failure() != null ? null : r;
    }

    private String reasonFor(String service) {
        ServiceRehearsal r = rehearsals.get(service);
        if (r != null && r.failure() != null) {
            return r.failure();
        }
        return "service \"" + service + "\" has no shadow";
    }

    private StepRun notRun(Step step, String reason) {
        StepRun run = new StepRun(step.id(), step.service(), step.operation().operationName(), StepStatus.NOT_RUN,
                now(), 0, null, List.of(), List.of(), null, reason, null, null, null);
        listener.stepDone("forward", run);
        return run;
    }

    private List<PhaseRun> notRun(List<Phase> phases, String reason) {
        List<PhaseRun> out = new ArrayList<>();
        for (Phase phase : phases) {
            out.add(new PhaseRun(phase.id(), kind(phase), List.of(),
                    phase.steps().stream().map(s -> new StepRun(s.id(), s.service(), s.operation().operationName(),
                            StepStatus.NOT_RUN, 0, 0, null, List.of(), List.of(), null, reason, null, null, null))
                            .toList(), Check.skipped("not checked: " + reason),
                    Check.skipped("not checked: " + reason)));
        }
        return out;
    }

    private static String kind(Phase phase) {
        return phase.kind().name().toLowerCase(Locale.ROOT);
    }

    private long now() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private void dropAll() {
        for (ServiceRehearsal r : rehearsals.values()) {
            String error = shadows.containsKey(r.service()) ? shadows.get(r.service()).error() : null;
            try {
                r.close();
            } catch (ShadowException | RuntimeException e) {
                problems.add(Problem.error("shadow-not-dropped", "shadow database " + r.shadow().name()
                        + " of service \"" + r.service() + "\" could not be dropped: " + e.getMessage(),
                        "drop it by hand or run phaseshift dry-run --clean-stale", null));
                error = error == null ? "not dropped: " + e.getMessage() : error;
            }
            shadows.put(r.service(), shadowOf(r, error));
            if (r.shadow() != null && r.shadow().isDropped()) {
                listener.message("dropped " + r.shadow().name());
            }
        }
    }

    private DryRunReport report(List<PhaseRun> phases, Check reversible) {
        return new DryRunReport(plan.name(), request.planFile(), RunKind.SHADOW, startedAt, now(),
                List.copyOf(shadows.values()), phases, reversible, request.findings(), request.compatibility(),
                problems);
    }
}
