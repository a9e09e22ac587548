package dev.phaseshift.app.bench;

import dev.phaseshift.app.editor.FieldEditor;
import dev.phaseshift.app.editor.PlanEditorViewModel;
import dev.phaseshift.app.editor.PlanFileDialogs;
import dev.phaseshift.app.editor.RecoveryStore;
import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.log.LogViewModel;
import dev.phaseshift.app.plan.PlanReview;
import dev.phaseshift.app.plan.PlanSource;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.Backfill;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.SetNotNull;
import dev.phaseshift.plan.op.Verify;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * How soon the plan editor shows the analysis of a 200-step plan over 20 services after the user stops typing,
 * and how long each keystroke holds the UI thread. The editor runs as in the app (40 ms debounce, analysis on a
 * worker, a newer edit cancelling the older analysis) with a UI thread of its own instead of the toolkit's. Each
 * round types five digits into a backfill's {@code batch_size} at 60 ms per key, then waits for the analysis of
 * the last one. Run: {@code ./mvnw -q -pl app -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.phaseshift.app.bench.LiveAnalysisBenchmark} (arguments: rounds, default 40).
 */
public final class LiveAnalysisBenchmark {
    private static final int SERVICES = 20;
    private static final int STEPS_PER_SERVICE = 10;
    private static final long KEY_INTERVAL_MS = 60;

    private LiveAnalysisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Estate demo = DemoEstate.load();
        Map<String, Snapshot> snapshots = new LinkedHashMap<>();
        List<List<Step>> phases = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Snapshot> bases = new ArrayList<>(demo.snapshots().values());
        for (int i = 0; i < SERVICES; i++) {
            Snapshot base = bases.get(i % bases.size());
            String service = "svc" + i + "_" + base.service();
            snapshots.put(service, new Snapshot(service, base.engine(), base.product(), base.serverVersion(),
                    base.database(), base.source(), base.skipped(), base.schemas()));
            addSteps(service, base, phases);
        }
        Estate estate = demo.withSnapshots(snapshots);
        Plan plan = Plan.of("live analysis benchmark", null, Arrays.stream(PhaseKind.values())
                .map(k -> Phase.of(k.id(), k, phases.get(k.ordinal()))).toList());
        Path file = Files.createTempFile("live-analysis", ".plan.yaml");
        PlanFile.write(plan, file);

        PlanReview once = PlanReview.of(PlanSource.file(file), plan, estate);
        System.out.printf("plan: %d steps over %d services; %s%n", plan.stepCount(), SERVICES, once.status());
        once.problems().stream().limit(3).forEach(p -> System.out.println("  " + p));
        long[] analysis = new long[30];
        long[] cpu = new long[analysis.length];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < analysis.length; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            PlanReview.of(PlanSource.file(file), plan, estate);
            analysis[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        report("one analysis alone (validate, lint, locks, matrix)", analysis);
        // on a machine shared with other work the wall time above includes waiting for a core; this does not
        report("the same, CPU time of its thread", cpu);

        ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "bench-ui"));
        ThreadedTaskRunner tasks = new ThreadedTaskRunner(ui);
        Path recovery = Files.createTempDirectory("live-analysis-recovery");
        PlanEditorViewModel editor = onUi(ui, () -> new PlanEditorViewModel(tasks, new SimpleObjectProperty<>(estate),
                new RecordingDialogService(), PlanFileDialogs.CANCELLING, new RecoveryStore(recovery),
                new AppSettings(new InMemorySettingsStore()), new LogViewModel(Clock.systemUTC()),
                PlanEditorViewModel.DEBOUNCE));
        long[] shownAt = new long[1];
        onUi(ui, () -> {
            editor.reviewProperty().addListener((obs, old, now) -> shownAt[0] = System.nanoTime());
            editor.open(PlanSource.file(file));
            editor.selectStep("svc0_" + bases.get(0).service() + "-backfill");
            return null;
        });
        FieldEditor batch = onUi(ui, () -> editor.stepForm().field("batch_size").orElseThrow());
        long[] latency = new long[rounds];
        List<Long> keystrokes = new ArrayList<>();
        for (int round = 0; round < rounds + 5; round++) {
            long lastEdit = 0;
            for (int key = 1; key <= 5; key++) {
                String text = String.valueOf(round % 9 + 1).repeat(key);
                long[] timing = onUi(ui, () -> {
                    long start = System.nanoTime();
                    batch.textProperty().set(text);
                    return new long[] {start, System.nanoTime()};
                });
                keystrokes.add(timing[1] - timing[0]);
                lastEdit = timing[1];
                Thread.sleep(KEY_INTERVAL_MS);
            }
            long after = lastEdit;
            while (onUi(ui, () -> shownAt[0] < after || editor.analysingProperty().get())) {
                Thread.sleep(1);
            }
            if (round >= 5) { // the first rounds warm the JIT
                latency[round - 5] = onUi(ui, () -> shownAt[0]) - after;
            }
        }
        report("last keystroke to analysis shown", latency);
        report("one keystroke on the UI thread", keystrokes.stream().skip(25).mapToLong(Long::longValue).toArray());
        tasks.shutdown();
        ui.shutdownNow();
        ui.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static void addSteps(String service, Snapshot base, List<List<Step>> phases) {
        Table largest = base.schemas().stream().flatMap(s -> s.tables().stream())
                .max((a, b) -> Long.compare(rows(a), rows(b))).orElseThrow();
        String schema = base.schemas().stream().filter(s -> s.tables().contains(largest)).findFirst().orElseThrow()
                .name();
        String table = schema + "." + largest.name();
        String column = "live_flag";
        phases.get(0).add(Step.of(service + "-add", service, new AddColumn(table, ColumnSpec.of(column, "int"))));
        phases.get(0).add(Step.of(service + "-add-note", service,
                new AddColumn(table, ColumnSpec.of("live_note", "varchar(20)"))));
        phases.get(0).add(Step.of(service + "-index", service,
                new CreateIndex(largest.name() + "_flag_bench_idx", table, List.of(column), null, null)));
        phases.get(1).add(Step.of(service + "-backfill", service, new Backfill(table, column + " = 1",
                column + " IS NULL", 1000, 0)));
        phases.get(1).add(Step.of(service + "-verify", service, new Verify("SELECT true")));
        phases.get(1).add(Step.of(service + "-backfill-note", service, new Backfill(table, "live_note = 'x'",
                null, 5000, 10)));
        phases.get(2).add(Step.of(service + "-not-null", service, new SetNotNull(table, column)));
        phases.get(2).add(Step.of(service + "-verify-again", service, new Verify("SELECT 1 = 1")));
        phases.get(3).add(Step.of(service + "-drop-note", service, new DropColumn(table, "live_note")));
        phases.get(3).add(Step.of(service + "-verify-last", service, new Verify("SELECT 2 > 1")));
        assert STEPS_PER_SERVICE == 10;
    }

    private static long rows(Table t) {
        return t.rowEstimate() == null ? 0 : t.rowEstimate();
    }

    private static <T> T onUi(ExecutorService ui, java.util.concurrent.Callable<T> action) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return action.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, ui).get();
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-52s median %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d runs)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}
