package dev.phaseshift.bench;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.op.AddCheck;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.AlterColumnType;
import dev.phaseshift.plan.op.Backfill;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.op.CreateView;
import dev.phaseshift.plan.op.DropDefault;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.RenameColumn;
import dev.phaseshift.plan.op.SetDefault;
import dev.phaseshift.plan.op.Verify;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.schema.Snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times validating and simulating a 200-step plan over 20 services (the 7 demo snapshots cloned to 20 services,
 * 10 steps each on each service's largest table, in 4 phases). DESIGN.md asks for well under 100 ms.
 * Run: {@code ./mvnw -q -pl plan-model test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.phaseshift.bench.PlanBenchmark}, or from an IDE. Arguments: services stepsPerService.
 */
public final class PlanBenchmark {
    private PlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int perService = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<Snapshot> demo = new ArrayList<>(DemoEstate.load().snapshots().values());
        Map<String, Snapshot> snapshots = new LinkedHashMap<>();
        List<List<Step>> phases = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < services; i++) {
            Snapshot base = demo.get(i % demo.size());
            String service = base.service() + "_" + i;
            Snapshot s = new Snapshot(service, base.engine(), base.product(), base.serverVersion(), base.database(),
                    base.source(), base.skipped(), base.schemas());
            snapshots.put(service, s);
            String t = s.schemas().stream().flatMap(x -> x.tables().stream().map(tb -> Map.entry(x.name(), tb)))
                    .max(java.util.Comparator.comparingLong(e -> e.getValue().rowEstimate() == null ? 0
                            : e.getValue().rowEstimate()))
                    .map(e -> e.getKey() + "." + e.getValue().name()).orElseThrow();
            String bare = t.substring(t.indexOf('.') + 1);
            List<Operation> ops = List.of(
                    new AddColumn(t, ColumnSpec.of("bench_note", "varchar(40)")),
                    new SetDefault(t, "bench_note", "'x'"),
                    new CreateIndex(bare + "_bench_idx", t, List.of("bench_note"), null, null),
                    new AddCheck(bare + "_bench_ck", t, "bench_note <> ''"),
                    new AlterColumnType(t, "bench_note", "varchar(80)", null),
                    new Backfill(t, "bench_note = 'y'", "bench_note IS NULL", 1000, 0),
                    new Verify("SELECT true"),
                    new RenameColumn(t, "bench_note", "bench_label"),
                    new DropDefault(t, "bench_label"),
                    new CreateView(t + "_bench_v", "SELECT 1"));
            for (int k = 0; k < perService; k++) {
                phases.get(k * 4 / perService).add(Step.of(service + "-" + k, service, ops.get(k % ops.size())));
            }
        }
        List<Phase> planPhases = new ArrayList<>();
        PhaseKind[] kinds = PhaseKind.values();
        for (int p = 0; p < 4; p++) {
            planPhases.add(Phase.of(kinds[p].id(), kinds[p], phases.get(p)));
        }
        Plan plan = Plan.of("benchmark", null, planPhases);
        String yaml = PlanFile.toYaml(plan);
        for (int warmup = 0; warmup < 30; warmup++) {
            Simulation.run(PlanFile.read(yaml, "bench.plan.yaml", false), snapshots);
        }
        SimulationResult result = Simulation.run(plan, snapshots);
        System.out.printf("plan: %d steps over %d services in %d phases; %d problems (%d errors)%n",
                plan.stepCount(), services, plan.phases().size(), result.problems().size(),
                result.problems().stream().filter(p -> p.isError()).count());
        result.problems().stream().limit(3).forEach(p -> System.out.println("  " + p));
        report("validate + simulate", 50, () -> Simulation.run(plan, snapshots));
        report("parse yaml (" + yaml.length() / 1024 + " KiB)", 50, () -> PlanFile.read(yaml, "b", false));
        report("parse + validate + simulate", 50, () -> Simulation.run(PlanFile.read(yaml, "b", false), snapshots));
        report("roll the model back to the start", 50, () -> Simulation.rollBack(result, 0));
        // what the app and `phaseshift lint` run on every edit besides the simulation
        dev.phaseshift.lint.Linter linter = dev.phaseshift.lint.Linter.standard();
        report("lint (every rule)", 50, () -> linter.lint(plan, result));
        report("lock and cost model", 50, () -> dev.phaseshift.lock.LockModel.analyse(plan, result));
        report("simulate + lint + locks + matrix", 50, () -> {
            var simulated = Simulation.run(plan, snapshots);
            linter.lint(plan, simulated);
            dev.phaseshift.lock.LockModel.analyse(plan, simulated);
            return dev.phaseshift.plan.compat.CompatibilityCheck.of(plan, simulated, List.of());
        });
    }

    /** Something timed, that may throw. */
    private interface Work {
        Object run() throws Exception;
    }

    private static void report(String what, int runs, Work work) throws Exception {
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("  %-36s median %6.2f ms, p90 %6.2f ms, max %6.2f ms (%d runs)%n", what,
                nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, nanos[runs - 1] / 1e6, runs);
    }
}
