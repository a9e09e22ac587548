package dev.phaseshift.runner;

import dev.phaseshift.connect.DatabaseConnections;
import dev.phaseshift.connect.SecretReference;
import dev.phaseshift.connect.SecretUnavailableException;
import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.Gate;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.VerificationGate;
import dev.phaseshift.plan.op.Backfill;
import dev.phaseshift.plan.sim.AppliedStep;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The work of one {@code apply}, {@code rollback} or {@code status} run. Everything that can refuse the run is
 * checked before the first row is journalled: the phase exists, the plan simulates, every target answers, no
 * journal is of a newer format, the runner lock is free, the phases before are done, and no done step changed.
 */
public final class PlanRunner {
    private final RunRequest request;
    private final RunListener listener;
    private final Plan plan;
    private final String planChecksum;
    private final Map<String, AppliedStep> applied = new LinkedHashMap<>();
    private final Map<String, List<RenderedSql>> forward = new LinkedHashMap<>();
    private final Map<String, String> checksums = new LinkedHashMap<>();
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final Map<String, RunnerLock> locks = new LinkedHashMap<>();
    private final Map<String, Long> lockRows = new LinkedHashMap<>();
    private final Map<String, List<JournalEntry>> journals = new LinkedHashMap<>();

    private PlanRunner(RunRequest request, RunListener listener) {
        this.request = request;
        this.listener = listener == null ? RunListener.SILENT : listener;
        this.plan = request.plan();
        this.planChecksum = Checksums.of(request.planText() == null ? plan.toString() : request.planText());
    }

    /** Applies {@code request.phase()}; see DESIGN.md "Safety rules" and docs/runner.md. */
    public static RunOutcome apply(RunRequest request, RunListener listener) throws RunnerException {
        return new PlanRunner(request, listener).apply();
    }

    /** Runs the undo of the done steps of {@code request.phase()}, last first. */
    public static RunOutcome rollback(RunRequest request, RunListener listener) throws RunnerException {
        return new PlanRunner(request, listener).rollback();
    }

    /** What the journals say about every step of the plan; creates nothing, takes no lock. */
    public static PlanStatus status(RunRequest request) throws RunnerException {
        return new PlanRunner(request, RunListener.SILENT).status();
    }

    // ---- apply --------------------------------------------------------------------------------------------

    private RunOutcome apply() throws RunnerException {
        Phase phase = phase();
        List<String> chosen = chosen(phase);
        int index = plan.phases().indexOf(phase);
        try {
            prepare(servicesFor(phase), chosen);
            for (int j = 0; j < index; j++) {
                Phase before = plan.phases().get(j);
                List<String> notDone = touched(before).stream().filter(s -> !phaseDone(before, s)).toList();
                if (!notDone.isEmpty()) {
                    throw new RunnerException(RunnerException.Kind.BAD_INPUT, "phase \"" + phase.id()
                            + "\" cannot run before phase \"" + before.id() + "\" is done on " + quoted(notDone)
                            + ": apply --phase " + before.id() + serviceOptions(notDone) + " first");
                }
            }
            refuseChangedSteps();
            if (chosen.stream().allMatch(s -> phaseDone(phase, s))) {
                listener.message("phase \"" + phase.id() + "\" of plan \"" + plan.name() + "\" is already done"
                        + (request.services().isEmpty() ? "" : " on " + quoted(chosen)));
                return new RunOutcome("apply", plan.name(), phase.id(), List.of(), List.of(), true, true, null);
            }
            if (!request.resume()) {
                // a service that finished the phase in a run of its own (--service) is not a started phase
                List<String> open = chosen.stream().filter(s -> !phaseDone(phase, s)).toList();
                for (Step step : stepsOf(phase, open)) {
                    JournalEntry last = lastStep(step, EntryKind.STEP);
                    if (last != null && last.status() != EntryStatus.ROLLED_BACK) {
                        throw new RunnerException(RunnerException.Kind.REFUSED, "phase \"" + phase.id()
                                + "\" was started before (step \"" + step.id() + "\" is " + last.status().stored()
                                + "): pass --resume to continue after its last done step, or undo it with "
                                + rollbackCommand(phase));
                    }
                }
            }
            takeLocks();
            List<String> gates = gates(phase, chosen);
            List<StepResult> results = runSteps(phase, chosen);
            boolean ok = results.stream().allMatch(r -> r.status() == EntryStatus.DONE
                    || (r.status() == null && "done before".equals(r.skipped())));
            if (ok) {
                List<String> open = chosen.stream().filter(s -> !phaseDone(phase, s)).toList();
                for (String service : open) {
                    journal(service, new JournalEntry(0, EntryKind.PHASE, plan.name(), planChecksum, phase.id(), "-",
                            null, EntryStatus.DONE, 1, null, null, 0, null, request.identity(), null));
                }
                listener.message("phase \"" + phase.id() + "\" done" + (request.services().isEmpty() ? ""
                        : " on " + quoted(chosen)));
            }
            return new RunOutcome("apply", plan.name(), phase.id(), gates, results, ok, false,
                    ok ? null : rollbackCommand(phase));
        } finally {
            closeAll();
        }
    }

    /**
     * Every gate of the phase, also when only some services run: a gate guards the phase as a whole, so each
     * service's run passes it before changing that service, and journals it on that service only.
     */
    private List<String> gates(Phase phase, List<String> chosen) throws RunnerException {
        List<String> passed = new ArrayList<>();
        GateCheck check = new GateCheck(request, targets, listener);
        for (int n = 0; n < phase.gates().size(); n++) {
            Gate gate = phase.gates().get(n);
            String how = check.pass(phase, gate);
            String id = "gate-" + (n + 1);
            if (how == null) {
                String why = GateCheck.stopReason(phase, gate);
                for (String service : chosen) {
                    journal(service, new JournalEntry(0, EntryKind.GATE, plan.name(), planChecksum, phase.id(), id,
                            null, EntryStatus.FAILED, 1, null, null, 0, null, request.identity(), why));
                }
                throw new RunnerException(RunnerException.Kind.REFUSED, why);
            }
            for (String service : chosen) {
                journal(service, new JournalEntry(0, EntryKind.GATE, plan.name(), planChecksum, phase.id(), id, null,
                        EntryStatus.DONE, 1, null, null, 0, null, request.identity(), how));
            }
            listener.message("gate " + (n + 1) + " of phase \"" + phase.id() + "\": " + how);
            passed.add(how);
        }
        return passed;
    }

    private List<StepResult> runSteps(Phase phase, List<String> chosen) throws RunnerException {
        Map<String, List<Step>> byService = new LinkedHashMap<>();
        stepsOf(phase, chosen).forEach(s -> byService.computeIfAbsent(s.service(), k -> new ArrayList<>()).add(s));
        AtomicBoolean stop = new AtomicBoolean();
        Map<String, List<StepResult>> results = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(request.parallel(), Math.max(1,
                byService.size())), r -> {
                    Thread t = new Thread(r, "phaseshift-apply");
                    t.setDaemon(true);
                    return t;
                });
        try {
            Map<String, Future<List<StepResult>>> running = new LinkedHashMap<>();
            for (var entry : byService.entrySet()) {
                running.put(entry.getKey(), pool.submit(() -> runService(phase, entry.getValue(), stop)));
            }
            for (var entry : running.entrySet()) {
                try {
                    results.put(entry.getKey(), entry.getValue().get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RunnerException r) {
                        throw r;
                    }
                    throw new IllegalStateException("steps of service \"" + entry.getKey() + "\" failed",
                            e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new RunnerException(RunnerException.Kind.REFUSED, "interrupted");
                }
            }
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<StepResult> ordered = new ArrayList<>();
        for (Step step : stepsOf(phase, chosen)) {
            results.get(step.service()).stream().filter(r -> r.stepId().equals(step.id())).findFirst()
                    .ifPresent(ordered::add);
        }
        return ordered;
    }

    private List<StepResult> runService(Phase phase, List<Step> steps, AtomicBoolean stop) throws RunnerException {
        List<StepResult> out = new ArrayList<>();
        for (Step step : steps) {
            JournalEntry last = lastStep(step, EntryKind.STEP);
            if (last != null && last.status() == EntryStatus.DONE) {
                listener.message(step.service() + ": step \"" + step.id() + "\" was done before; skipped");
                out.add(new StepResult(step.service(), step.id(), null, last.attempt(), 0, last.rowsDone(),
                        "done before", null));
                continue;
            }
            if (stop.get()) {
                out.add(new StepResult(step.service(), step.id(), null, 0, 0, 0, "not run: an earlier step failed",
                        null));
                continue;
            }
            StepResult r = runStep(phase, step, last);
            out.add(r);
            if (r.status() != EntryStatus.DONE) {
                stop.set(true);
            }
        }
        return out;
    }

    private StepResult runStep(Phase phase, Step step, JournalEntry last) throws RunnerException {
        Target t = targets.get(step.service());
        int attempt = attempts(step, EntryKind.STEP) + 1;
        long rowsBefore = 0;
        String highWater = null;
        if (last != null && (last.status() == EntryStatus.RUNNING || last.status() == EntryStatus.FAILED)) {
            if (last.status() == EntryStatus.RUNNING) {
                // we hold the runner lock, so whoever wrote "running" is gone
                finish(t, last.id(), EntryStatus.FAILED, "interrupted: the runner " + last.by().label()
                        + " stopped before the step finished");
            }
            if (step.operation() instanceof Backfill) {
                rowsBefore = last.rowsDone();
                highWater = last.highWater();
            }
        }
        long id = journal(step.service(), new JournalEntry(0, EntryKind.STEP, plan.name(), planChecksum, phase.id(),
                step.id(), checksums.get(step.id()), EntryStatus.RUNNING, attempt, null, null, rowsBefore, highWater,
                request.identity(), null));
        listener.message(step.service() + ": step \"" + step.id() + "\" (" + step.operation().operationName()
                + ")" + (attempt > 1 ? ", attempt " + attempt : "") + (highWater != null ? ", resuming after key "
                + highWater + " with " + rowsBefore + " rows done" : ""));
        long start = System.nanoTime();
        LockRetry retry = retry(step.service());
        String error;
        long rows;
        if (step.operation() instanceof Backfill b) {
            Backfiller backfiller = new Backfiller(t.steps(), t.engine(), b, applied.get(step.id()).before(),
                    t.journal().progressSql(), retry, request.maxRowsPerSecond());
            Backfiller.Result r;
            try {
                r = backfiller.run(id, rowsBefore, highWater,
                        (done, total) -> listener.backfill(step.service(), step.id(), done, total));
            } finally {
                listener.backfillEnded(step.service(), step.id());
            }
            error = r.error();
            rows = r.rowsDone();
        } else {
            StatementBatch.Outcome o = new StatementBatch(t.steps(), t.engine(), request.statementTimeout(),
                    System::currentTimeMillis, () -> false).withLockRetry(retry).run(forward.get(step.id()));
            error = o.ok() ? null : o.error() + (o.failedSql() == null ? "" : "\n  in: " + o.failedSql());
            rows = o.rows() == null ? 0 : o.rows();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        EntryStatus status = error == null ? EntryStatus.DONE : EntryStatus.FAILED;
        if (!(step.operation() instanceof Backfill)) {
            setRows(t, id, rows);
        }
        finish(t, id, status, error);
        listener.message(step.service() + ": step \"" + step.id() + "\" " + (error == null ? "done" : "FAILED: "
                + error) + " in " + millis + " ms" + (rows > 0 ? ", " + rows + " rows" : ""));
        return new StepResult(step.service(), step.id(), status, attempt, millis, rows, null, error);
    }

    private LockRetry retry(String service) {
        return new LockRetry(request.maxTries(), request.backoff().first(), request.backoff().longest(),
                line -> listener.message(service + ": " + line));
    }

    // ---- rollback -----------------------------------------------------------------------------------------

    private RunOutcome rollback() throws RunnerException {
        Phase phase = phase();
        List<String> chosen = chosen(phase);
        int index = plan.phases().indexOf(phase);
        try {
            prepare(servicesFor(phase), chosen);
            for (int j = plan.phases().size() - 1; j > index; j--) {
                Phase later = plan.phases().get(j);
                boolean started = later.steps().stream().anyMatch(s -> {
                    JournalEntry e = lastStep(s, EntryKind.STEP);
                    return e != null && e.status() == EntryStatus.DONE;
                });
                if (started) {
                    throw new RunnerException(RunnerException.Kind.REFUSED, "phase \"" + later.id()
                            + "\" comes after phase \"" + phase.id() + "\" and has done steps: roll it back first ("
                            + rollbackCommand(later) + ")");
                }
            }
            refuseChangedSteps();
            List<Step> toUndo = new ArrayList<>();
            for (Step step : stepsOf(phase, chosen)) {
                JournalEntry e = lastStep(step, EntryKind.STEP);
                if (e != null && e.status() == EntryStatus.DONE) {
                    toUndo.add(step);
                }
            }
            Collections.reverse(toUndo);
            if (toUndo.isEmpty()) {
                listener.message("phase \"" + phase.id() + "\" has no done steps to roll back");
            } else if (!request.yes()) {
                Boolean answer = request.approver().ask("roll back " + toUndo.size() + " done step(s) of phase \""
                        + phase.id() + "\" of plan \"" + plan.name() + "\"? [y/N] ");
                if (!Boolean.TRUE.equals(answer)) {
                    throw new RunnerException(RunnerException.Kind.REFUSED, "rolling back phase \"" + phase.id()
                            + "\" needs confirmation: pass --yes");
                }
            }
            takeLocks();
            List<StepResult> results = new ArrayList<>();
            boolean ok = true;
            for (Step step : toUndo) {
                if (!ok) {
                    results.add(new StepResult(step.service(), step.id(), null, 0, 0, 0,
                            "not rolled back: an earlier undo failed", null));
                    continue;
                }
                StepResult r = undo(phase, step);
                results.add(r);
                ok = r.status() == EntryStatus.ROLLED_BACK;
            }
            if (ok) {
                for (String service : chosen) {
                    for (JournalEntry e : entries(service)) {
                        if (e.kind() == EntryKind.PHASE && e.phase().equals(phase.id())
                                && e.status() == EntryStatus.DONE) {
                            finish(targets.get(service), e.id(), EntryStatus.ROLLED_BACK, null);
                        }
                    }
                }
                listener.message("phase \"" + phase.id() + "\" rolled back");
            }
            return new RunOutcome("rollback", plan.name(), phase.id(), List.of(), results, ok, false,
                    ok ? null : rollbackCommand(phase));
        } finally {
            closeAll();
        }
    }

    private StepResult undo(Phase phase, Step step) throws RunnerException {
        Target t = targets.get(step.service());
        AppliedStep a = applied.get(step.id());
        List<RenderedSql> sql = withoutLockTimeout(t.dialect(), step.rollback() != null
                ? step.rollback().forwardSql(t.dialect(), a.after())
                : step.operation().rollbackSql(t.dialect(), a.before()));
        int attempt = attempts(step, EntryKind.ROLLBACK) + 1;
        long id = journal(step.service(), new JournalEntry(0, EntryKind.ROLLBACK, plan.name(), planChecksum,
                phase.id(), step.id(), Checksums.of(sql), EntryStatus.RUNNING, attempt, null, null, 0, null,
                request.identity(), null));
        listener.message(step.service() + ": undoing step \"" + step.id() + "\"" + (sql.isEmpty()
                ? " (nothing to undo: " + step.operation().operationName() + ")" : ""));
        long start = System.nanoTime();
        StatementBatch.Outcome o = new StatementBatch(t.steps(), t.engine(), request.statementTimeout(),
                System::currentTimeMillis, () -> false).withLockRetry(retry(step.service())).run(sql);
        long millis = (System.nanoTime() - start) / 1_000_000;
        String error = o.ok() ? null : o.error() + (o.failedSql() == null ? "" : "\n  in: " + o.failedSql());
        finish(t, id, error == null ? EntryStatus.DONE : EntryStatus.FAILED, error);
        if (error == null) {
            JournalEntry done = lastStep(step, EntryKind.STEP);
            finish(t, done.id(), EntryStatus.ROLLED_BACK, null);
        }
        listener.message(step.service() + ": step \"" + step.id() + "\" " + (error == null ? "rolled back"
                : "undo FAILED: " + error) + " in " + millis + " ms");
        return new StepResult(step.service(), step.id(), error == null ? EntryStatus.ROLLED_BACK : EntryStatus.FAILED,
                attempt, millis, 0, null, error);
    }

    // ---- status -------------------------------------------------------------------------------------------

    private PlanStatus status() throws RunnerException {
        try {
            Set<String> services = new LinkedHashSet<>(plan.steps().map(Step::service).toList());
            simulate();
            connectAll(services);
            Map<String, Boolean> lockFree = new LinkedHashMap<>();
            for (String service : services) {
                Target t = targets.get(service);
                try {
                    journals.put(service, t.journal().exists() ? t.journal().entries(plan.name()) : List.of());
                    if (t.journal().exists()) {
                        t.journal().checkFormat();
                    }
                    RunnerLock lock = t.lock(definition(service), passwords.get(service), plan.name());
                    boolean free = lock.tryAcquire();
                    if (free) {
                        lock.release();
                    }
                    lockFree.put(service, free);
                } catch (SQLException e) {
                    throw new RunnerException(RunnerException.Kind.CANNOT_CONNECT, "service \"" + service
                            + "\": cannot read the journal: " + DatabaseConnections.reason(e));
                }
            }
            return PlanStatus.of(plan, journals, lockFree, checksums);
        } finally {
            closeAll();
        }
    }

    // ---- preparation --------------------------------------------------------------------------------------

    private Phase phase() throws RunnerException {
        String id = request.phase();
        return plan.phase(id).orElseThrow(() -> new RunnerException(RunnerException.Kind.BAD_INPUT, "plan \""
                + plan.name() + "\" has no phase \"" + id + "\"; its phases are "
                + String.join(", ", plan.phases().stream().map(Phase::id).toList())));
    }

    /**
     * The services this run changes and journals: those {@code --service} names, each of which the phase must
     * touch, or else every service the phase touches.
     */
    private List<String> chosen(Phase phase) throws RunnerException {
        List<String> touched = touched(phase);
        if (request.services().isEmpty()) {
            return touched;
        }
        for (String service : request.services()) {
            if (request.estate().definition().service(service).isEmpty()) {
                throw new RunnerException(RunnerException.Kind.BAD_INPUT, "the estate file declares no service \""
                        + service + "\"");
            }
            if (!touched.contains(service)) {
                throw new RunnerException(RunnerException.Kind.BAD_INPUT, "phase \"" + phase.id()
                        + "\" does not touch service \"" + service + "\"; it touches " + quoted(touched));
            }
        }
        return touched.stream().filter(request.services()::contains).toList();
    }

    private static List<Step> stepsOf(Phase phase, List<String> chosen) {
        return phase.steps().stream().filter(s -> chosen.contains(s.service())).toList();
    }

    /** Every service the plan changes (their journals say what is done) and those the phase's gates query. */
    private Set<String> servicesFor(Phase phase) {
        Set<String> services = new LinkedHashSet<>(plan.steps().map(Step::service).toList());
        for (Gate g : phase.gates()) {
            if (g instanceof VerificationGate v) {
                services.add(v.service());
            } else if (g instanceof DeploymentWait w) {
                request.estate().definition().consumer(w.service(), w.version())
                        .map(ConsumerContract::deployedCheck).filter(c -> c.service() != null)
                        .ifPresent(c -> services.add(c.service()));
            }
        }
        return services;
    }

    /** The services whose journals record the phase: its steps' and verified services', else the plan's. */
    private List<String> touched(Phase phase) {
        Set<String> services = new LinkedHashSet<>();
        phase.steps().forEach(s -> services.add(s.service()));
        if (services.isEmpty()) {
            services.addAll(plan.steps().map(Step::service).toList());
        }
        return List.copyOf(services);
    }

    /**
     * Connects to every service and reads its journal, but locks and creates journals only on the services that
     * run: runs of one phase for different services ({@code --service}) may go at once, as CI jobs do.
     */
    private void prepare(Set<String> services, List<String> running) throws RunnerException {
        simulate();
        connectAll(services);
        for (String service : services) {
            Target t = targets.get(service);
            try {
                if (t.journal().exists()) {
                    t.journal().checkFormat();
                }
            } catch (SQLException e) {
                throw cannotRead(service, e);
            }
        }
        for (String service : running) {
            Target t = targets.get(service);
            RunnerLock lock = t.lock(definition(service), passwords.get(service), plan.name());
            try {
                if (!lock.tryAcquire()) {
                    String holder = t.journal().exists() ? t.journal().lockHolder(plan.name())
                            .map(e -> " by " + e.by().label() + " since " + e.startedAt()).orElse("") : "";
                    throw new RunnerException(RunnerException.Kind.REFUSED, "plan \"" + plan.name()
                            + "\" is being applied on " + service + holder);
                }
                locks.put(service, lock);
            } catch (SQLException e) {
                throw cannotRead(service, e);
            }
        }
        for (String service : services) {
            Journal journal = targets.get(service).journal();
            try {
                if (running.contains(service)) {
                    journal.open();
                }
                journals.put(service, journal.exists() ? journal.entries(plan.name()) : List.of());
            } catch (SQLException e) {
                throw cannotRead(service, e);
            }
        }
    }

    /** Journals who holds the lock, once nothing can refuse the run any more. */
    private void takeLocks() throws RunnerException {
        for (String service : locks.keySet()) {
            lockRows.put(service, journal(service, new JournalEntry(0, EntryKind.LOCK, plan.name(), planChecksum,
                    request.phase() == null ? "-" : request.phase(), "-", null, EntryStatus.RUNNING, 1, null, null, 0,
                    null, request.identity(), null)));
        }
    }

    private void simulate() throws RunnerException {
        SimulationResult simulation = Simulation.run(plan, request.estate().snapshots());
        if (simulation.hasErrors()) {
            Problem first = simulation.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
            throw new RunnerException(RunnerException.Kind.BAD_INPUT, "plan \"" + plan.name()
                    + "\" does not simulate cleanly on the estate's snapshots: " + first.message()
                    + " (run phaseshift validate)");
        }
        simulation.applied().forEach(a -> applied.put(a.step().id(), a));
        for (Step step : plan.steps().toList()) {
            Snapshot snapshot = request.estate().snapshots().get(step.service());
            Dialect dialect = Dialect.of(snapshot);
            List<RenderedSql> sql = withoutLockTimeout(dialect,
                    step.operation().forwardSql(dialect, applied.get(step.id()).before()));
            forward.put(step.id(), sql);
            checksums.put(step.id(), Checksums.of(sql));
        }
    }

    /** The runner sets the lock timeout itself (--lock-timeout); a rendered {@code SET lock_timeout} would undo it. */
    private static List<RenderedSql> withoutLockTimeout(Dialect dialect, List<RenderedSql> sql) {
        String set = dialect.lockTimeout().text();
        return sql.stream().filter(s -> !s.text().equals(set)).toList();
    }

    private void connectAll(Set<String> services) throws RunnerException {
        for (String service : services) {
            ServiceDefinition d = definition(service);
            Snapshot snapshot = request.estate().snapshots().get(service);
            if (snapshot == null) {
                throw new RunnerException(RunnerException.Kind.BAD_INPUT, "service \"" + service
                        + "\" has no snapshot: run phaseshift inspect --service " + service);
            }
            char[] secret;
            try {
                secret = SecretReference.resolve(d.password(), service, d.user(), request.prompt());
            } catch (SecretUnavailableException e) {
                throw new RunnerException(RunnerException.Kind.BAD_INPUT, e.getMessage());
            }
            String password = secret == null ? null : new String(secret);
            passwords.put(service, password);
            targets.put(service, Target.connect(d, Dialect.of(snapshot), password, request.lockTimeout(),
                    request.statementTimeout()));
        }
    }

    private ServiceDefinition definition(String service) throws RunnerException {
        return request.estate().definition().service(service).orElseThrow(() -> new RunnerException(
                RunnerException.Kind.BAD_INPUT, "the plan names service \"" + service + "\", which the estate file "
                + "does not declare"));
    }

    /** A done step whose SQL changed since it ran: the plan no longer says what the database holds. */
    private void refuseChangedSteps() throws RunnerException {
        for (Step step : plan.steps().toList()) {
            JournalEntry e = lastStep(step, EntryKind.STEP);
            if (e != null && e.status() == EntryStatus.DONE && e.stepChecksum() != null
                    && !e.stepChecksum().equals(checksums.get(step.id()))) {
                throw new RunnerException(RunnerException.Kind.REFUSED, "step \"" + step.id() + "\" on service \""
                        + step.service() + "\" was applied with checksum " + Checksums.shortForm(e.stepChecksum())
                        + " but the plan now renders checksum " + Checksums.shortForm(checksums.get(step.id()))
                        + ": the plan changed after the step ran; roll the phase back with the plan it ran with, "
                        + "or restore that plan");
            }
        }
    }

    // ---- journal helpers ----------------------------------------------------------------------------------

    private List<JournalEntry> entries(String service) {
        return journals.getOrDefault(service, List.of());
    }

    /** The latest row of a step of this kind in its service's journal (as read at the start, plus our writes). */
    private JournalEntry lastStep(Step step, EntryKind kind) {
        JournalEntry last = null;
        synchronized (journals) {
            for (JournalEntry e : entries(step.service())) {
                if (e.kind() == kind && e.stepId().equals(step.id())) {
                    last = e;
                }
            }
        }
        return last;
    }

    private int attempts(Step step, EntryKind kind) {
        synchronized (journals) {
            return (int) entries(step.service()).stream()
                    .filter(e -> e.kind() == kind && e.stepId().equals(step.id())).count();
        }
    }

    private boolean phaseDone(Phase phase, String service) {
        JournalEntry last = null;
        for (JournalEntry e : entries(service)) {
            if (e.kind() == EntryKind.PHASE && e.phase().equals(phase.id())) {
                last = e;
            }
        }
        return last != null && last.status() == EntryStatus.DONE;
    }

    private long journal(String service, JournalEntry entry) throws RunnerException {
        Target t = targets.get(service);
        try {
            long id = t.journal().insert(entry);
            reread(service);
            return id;
        } catch (SQLException e) {
            throw cannotRead(service, e);
        }
    }

    private void finish(Target t, long id, EntryStatus status, String detail) throws RunnerException {
        try {
            t.journal().finish(id, status, detail);
            reread(t.service());
        } catch (SQLException e) {
            throw cannotRead(t.service(), e);
        }
    }

    private void setRows(Target t, long id, long rows) throws RunnerException {
        try (var ps = t.steps().prepareStatement(t.journal().progressSql())) {
            ps.setLong(1, rows);
            ps.setString(2, null);
            ps.setLong(3, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw cannotRead(t.service(), e);
        }
    }

    private void reread(String service) throws SQLException {
        Target t = targets.get(service);
        List<JournalEntry> rows = t.journal().entries(plan.name());
        synchronized (journals) {
            journals.put(service, rows);
        }
    }

    private static RunnerException cannotRead(String service, SQLException e) {
        return new RunnerException(RunnerException.Kind.CANNOT_CONNECT, "service \"" + service + "\": journal: "
                + DatabaseConnections.reason(e));
    }

    private String rollbackCommand(Phase phase) {
        return "phaseshift rollback " + (request.planFile() == null ? "PLAN" : request.planFile()) + " --estate "
                + (request.estateFile() == null ? "FILE" : request.estateFile()) + " --phase " + phase.id()
                + serviceOptions(request.services());
    }

    /** {@code --service} options for a hint, when this run was given some (a whole-phase run needs none). */
    private String serviceOptions(List<String> services) {
        if (request.services().isEmpty()) {
            return "";
        }
        return services.stream().map(s -> " --service " + s).reduce("", String::concat);
    }

    private static String quoted(List<String> services) {
        return String.join(", ", services.stream().map(s -> "\"" + s + "\"").toList());
    }

    private void closeAll() {
        for (var entry : locks.entrySet()) {
            Target t = targets.get(entry.getKey());
            Long row = lockRows.get(entry.getKey());
            try {
                if (row != null) {
                    t.journal().finish(row, EntryStatus.DONE, null);
                }
                entry.getValue().release();
            } catch (SQLException ignored) {
                // closing the session below releases the lock anyway
            }
        }
        targets.values().forEach(Target::close);
    }
}
