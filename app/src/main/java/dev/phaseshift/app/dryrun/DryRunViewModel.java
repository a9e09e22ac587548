package dev.phaseshift.app.dryrun;

import dev.phaseshift.app.log.LogViewModel;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.task.TaskRunner;
import dev.phaseshift.connect.JdbcUrl;
import dev.phaseshift.dryrun.DryRunListener;
import dev.phaseshift.dryrun.DryRunRequest;
import dev.phaseshift.dryrun.ShadowDryRun;
import dev.phaseshift.dryrun.ShadowServer;
import dev.phaseshift.dryrun.report.DryRunHtml;
import dev.phaseshift.dryrun.report.DryRunReport;
import dev.phaseshift.dryrun.report.PhaseRun;
import dev.phaseshift.dryrun.report.PlanAnalysis;
import dev.phaseshift.dryrun.report.ServiceShadow;
import dev.phaseshift.dryrun.report.StepRun;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.check.PlanCheck;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.VerificationGate;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.schema.Engine;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A dry-run of one plan on shadow databases, from the app. One scratch server per engine the plan's services
 * run on: the one remembered for this estate, else the local server when it answers. The run goes through the
 * {@link TaskRunner}; each finished step reaches the step table through {@code ui} as it happens. Cancel asks the
 * rehearsal to stop between statements, so it still drops every shadow (never a thread interrupt).
 */
public final class DryRunViewModel {
    static final String LOCAL_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    static final String LOCAL_MYSQL = "jdbc:mysql://127.0.0.1:3306/?user=root";

    private final Plan plan;
    private final String planOrigin;
    private final Estate estate;
    private final String estateKey;
    private final AppSettings settings;
    private final TaskRunner tasks;
    private final Executor ui;
    private final LogViewModel log;
    private final List<String> services;
    private final List<ScratchChoice> scratch = new ArrayList<>();

    private final ObjectProperty<RowsChoice> rows = new SimpleObjectProperty<>(this, "rows", RowsChoice.EMPTY);
    private final IntegerProperty rowsPerTable = new SimpleIntegerProperty(this, "rowsPerTable", 100);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyObjectWrapper<DryRunReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<DryRunTimeline> timeline = new ReadOnlyObjectWrapper<>(this, "timeline",
            DryRunTimeline.EMPTY);
    private final ReadOnlyObjectWrapper<Path> reportFile = new ReadOnlyObjectWrapper<>(this, "reportFile");
    private final ObservableList<StepLine> steps = FXCollections.observableArrayList();
    private final ObservableList<VerdictLine> verdicts = FXCollections.observableArrayList();
    private final ObservableList<StepLine> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ObservableList<VerdictLine> verdictsView = FXCollections.unmodifiableObservableList(verdicts);
    private final BooleanBinding canRun = running.not();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final Consumer<Path> showDocument;
    private int expectedSteps;

    /**
     * @param planOrigin   the plan file as the report names it
     * @param estateKey    what scratch servers are remembered under (the estate file, or the demo's name)
     * @param ui           runs step reports where the view model lives
     * @param showDocument opens a written HTML report (the desktop's browser)
     */
    public DryRunViewModel(Plan plan, String planOrigin, Estate estate, String estateKey, AppSettings settings,
                           TaskRunner tasks, Executor ui, LogViewModel log, Consumer<Path> showDocument) {
        this.plan = plan;
        this.planOrigin = planOrigin;
        this.estate = estate;
        this.estateKey = estateKey;
        this.settings = settings;
        this.tasks = tasks;
        this.ui = ui;
        this.log = log;
        this.showDocument = showDocument;
        this.services = changedServices(plan);
        Set<Engine> engines = new LinkedHashSet<>();
        for (String service : services) {
            estate.definition().service(service).map(ServiceDefinition::engine).ifPresent(engines::add);
        }
        for (Engine engine : engines) {
            ScratchChoice choice = new ScratchChoice(engine);
            settings.scratchServer(estateKey, engine.id())
                    .ifPresent(url -> choice.propose(url, "remembered for this estate"));
            scratch.add(choice);
        }
        probeLocalServers();
    }

    // ---- commands ------------------------------------------------------------------------------------------

    /** Offers the local server of each engine that has no server yet, when it answers. */
    public void probeLocalServers() {
        List<ScratchChoice> open = scratch.stream().filter(c -> c.text().isEmpty()).toList();
        if (open.isEmpty()) {
            return;
        }
        tasks.run("looking for local scratch servers", p -> {
            Map<ScratchChoice, String> answers = new LinkedHashMap<>();
            for (ScratchChoice choice : open) {
                String url = choice.engine() == Engine.POSTGRESQL ? LOCAL_POSTGRES : LOCAL_MYSQL;
                try {
                    server(url).findStale(Duration.ofMinutes(10), List.of());
                    answers.put(choice, url);
                } catch (Exception e) {
                    answers.put(choice, null);
                }
            }
            return answers;
        }, answers -> answers.forEach((choice, url) -> {
            if (!choice.text().isEmpty()) {
                return;
            }
            if (url != null) {
                choice.propose(url, "the local server answers");
            } else {
                choice.note("no local " + choice.engine().displayName() + " server answers: give one");
            }
        }), error -> log.warning("cannot look for local scratch servers: " + error.getMessage()));
    }

    /** Rehearses the plan on shadows of the chosen servers. */
    public void run() {
        if (running.get()) {
            return;
        }
        Map<String, ShadowServer> servers;
        try {
            servers = servers();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        PlanCheck check = PlanCheck.of(plan, estate);
        SimulationResult simulation = check.simulation();
        if (simulation.hasErrors()) {
            message.set("the plan does not simulate: " + simulation.problems().stream().filter(Problem::isError)
                    .findFirst().map(Problem::message).orElse("") + "; dry-run rehearses a valid plan");
            return;
        }
        scratch.forEach(c -> settings.setScratchServer(estateKey, c.engine().id(), withoutPassword(c.text())));
        settings.flush();
        PlanAnalysis analysis = PlanAnalysis.of(check);
        DryRunRequest request = DryRunRequest.of(plan, planOrigin, estate, servers)
                .withData(rows.get().load(Math.max(1, rowsPerTable.get())))
                .withAnalysis(analysis.predictor(), analysis.findings(), analysis.compatibility());
        cancel.set(false);
        steps.clear();
        verdicts.clear();
        report.set(null);
        reportFile.set(null);
        timeline.set(DryRunTimeline.EMPTY);
        verdict.set("");
        expectedSteps = Math.max(1, plan.stepCount() * 3);
        running.set(true);
        cancelling.set(false);
        progress.set(0);
        message.set("Rehearsing " + plan.name() + " on " + String.join(", ", services) + "…");
        log.info("dry-run of plan \"" + plan.name() + "\" on " + servers.values().stream()
                .map(s -> s.url().toString()).distinct().toList());
        tasks.run("dry-run of " + plan.name(), work -> ShadowDryRun.run(request, new DryRunListener() {
            @Override
            public void message(String text) {
                work.message(text);
            }

            @Override
            public void stepDone(String pass, StepRun step) {
                StepLine line = StepLine.of(pass, step);
                ui.execute(() -> stepFinished(line));
            }

            @Override
            public boolean cancelled() {
                return cancel.get() || work.isCancelled();
            }
        }), this::finished, error -> {
            running.set(false);
            cancelling.set(false);
            String text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
            message.set("the dry-run failed: " + text);
            verdict.set("failed");
            log.error("dry-run of plan \"" + plan.name() + "\" failed: " + text);
        });
    }

    /** Stops the run between two statements; the shadows are dropped all the same. */
    public void cancel() {
        if (running.get()) {
            cancel.set(true);
            cancelling.set(true);
            message.set("Cancelling: finishing the statement, then dropping the shadows…");
        }
    }

    /** Writes the HTML report of the last run into the temp directory and opens it. */
    public void openReport() {
        DryRunReport shown = report.get();
        if (shown == null) {
            return;
        }
        tasks.run("writing the dry-run report", p -> {
            Path file = Files.createTempFile("phaseshift-dry-run-", ".html");
            Files.writeString(file, DryRunHtml.write(shown), StandardCharsets.UTF_8);
            return file;
        }, file -> {
            reportFile.set(file);
            message.set("Wrote the report to " + file);
            showDocument.accept(file);
        }, error -> message.set("cannot write the report: " + error.getMessage()));
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private void stepFinished(StepLine line) {
        steps.add(line);
        progress.set(Math.min(0.99, steps.size() / (double) expectedSteps));
        message.set(line.pass() + " " + line.stepId() + ": " + line.status());
    }

    private void finished(DryRunReport done) {
        running.set(false);
        cancelling.set(false);
        progress.set(1);
        report.set(done);
        timeline.set(DryRunTimeline.of(done));
        List<VerdictLine> lines = new ArrayList<>();
        for (PhaseRun phase : done.phases()) {
            lines.add(VerdictLine.of("rollback of " + phase.phaseId(), phase.rollback()));
            lines.add(VerdictLine.of("idempotence of " + phase.phaseId(), phase.idempotence()));
        }
        lines.add(VerdictLine.of("reversibility of the plan", done.reversible()));
        verdicts.setAll(lines);
        boolean cancelled = done.problems().stream().anyMatch(p -> p.code().equals("dry-run-cancelled"));
        long left = done.services().stream().filter(s -> s.shadowDatabase() != null && !s.dropped()).count();
        String shadows = left == 0 ? "every shadow dropped" : left + " shadow(s) NOT dropped: "
                + done.services().stream().filter(s -> !s.dropped()).map(ServiceShadow::shadowDatabase).toList();
        message.set((cancelled ? "Cancelled" : done.passed() ? "Passed" : "Failed") + " in "
                + done.elapsedMillis() + " ms · " + shadows
                + done.problems().stream().filter(Problem::isError).filter(p -> !p.code().equals("dry-run-cancelled"))
                .findFirst().map(p -> " · " + p.message()).orElse(""));
        // the verdict last: whoever waits for it (a view, a test) finds the whole result in place
        verdict.set(cancelled ? "cancelled" : done.passed() ? "passed" : "failed");
        log.info("dry-run of plan \"" + plan.name() + "\": " + verdict.get() + ", " + shadows);
    }

    private Map<String, ShadowServer> servers() {
        Map<Engine, ShadowServer> byEngine = new LinkedHashMap<>();
        for (ScratchChoice choice : scratch) {
            if (choice.text().isEmpty()) {
                throw new IllegalArgumentException("choose a scratch server for " + choice.engine().displayName());
            }
            JdbcUrl url;
            try {
                url = JdbcUrl.parse(choice.text());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(choice.engine().displayName() + " scratch server: "
                        + e.getMessage());
            }
            if (url.engine() != choice.engine()) {
                throw new IllegalArgumentException(JdbcUrl.redact(choice.text()) + " is not a "
                        + choice.engine().displayName() + " server");
            }
            byEngine.put(choice.engine(), server(choice.text()));
        }
        Map<String, ShadowServer> out = new LinkedHashMap<>();
        for (String service : services) {
            estate.definition().service(service).map(ServiceDefinition::engine).map(byEngine::get)
                    .ifPresent(server -> out.put(service, server));
        }
        return out;
    }

    private static ShadowServer server(String text) {
        JdbcUrl url = JdbcUrl.parse(text);
        return new ShadowServer(url, null, null, Clock.systemUTC());
    }

    /** Passwords are never remembered: a URL keeps everything but its password parameter. */
    static String withoutPassword(String url) {
        return url.replaceAll("([?&;])password=[^&;]*(&)?", "$1").replaceAll("[?&;]$", "");
    }

    /** Services with steps, and those a verification gate queries: each needs a shadow. */
    private static List<String> changedServices(Plan plan) {
        Set<String> out = new LinkedHashSet<>();
        for (Phase phase : plan.phases()) {
            phase.gates().stream().filter(VerificationGate.class::isInstance)
                    .map(g -> ((VerificationGate) g).service()).forEach(out::add);
            phase.steps().stream().map(Step::service).forEach(out::add);
        }
        return List.copyOf(out);
    }

    // ---- state ---------------------------------------------------------------------------------------------

    public String planName() {
        return plan.name();
    }

    /** The services that get a shadow. */
    public List<String> services() {
        return services;
    }

    /** One scratch server per engine the plan needs. */
    public List<ScratchChoice> scratch() {
        return List.copyOf(scratch);
    }

    public ObjectProperty<RowsChoice> rowsProperty() {
        return rows;
    }

    public IntegerProperty rowsPerTableProperty() {
        return rowsPerTable;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** Steps reported over the steps the three passes will run, from 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** {@code passed}, {@code failed} or {@code cancelled} after a run; empty before. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DryRunReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DryRunTimeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** The HTML report last written by {@link #openReport()}. */
    public ReadOnlyObjectProperty<Path> reportFileProperty() {
        return reportFile.getReadOnlyProperty();
    }

    /** Every step of every pass, in the order they finished. */
    public ObservableList<StepLine> steps() {
        return stepsView;
    }

    public ObservableList<VerdictLine> verdicts() {
        return verdictsView;
    }

    public BooleanBinding canRunBinding() {
        return canRun;
    }
}
