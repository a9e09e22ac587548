package dev.phaseshift.app.dryrun;

import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.fixtures.ScratchServers;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.app.log.LogViewModel;
import dev.phaseshift.app.tools.PlanTools;
import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.Verify;
import dev.phaseshift.schema.Engine;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dry-runs of the demo plan rename-phone (customers on PostgreSQL, shipping on MariaDB) on the test servers,
 * through the dry-run window's model; every run must leave no shadow database behind.
 */
class DryRunViewModelTest {
    private final InMemorySettingsStore store = new InMemorySettingsStore();
    private final AppSettings settings = new AppSettings(store);
    private final MainViewModel main = new MainViewModel(new InlineTaskRunner(), settings,
            new RecordingDialogService(), Clock.systemUTC());
    private final List<Path> opened = new ArrayList<>();

    private DryRunViewModel dryRun() {
        main.start(List.of());
        main.openDemoPlan("rename-phone");
        PlanTools tools = main.planTools();
        DryRunViewModel dryRun = tools.dryRun(Runnable::run, opened::add).orElseThrow();
        for (ScratchChoice choice : dryRun.scratch()) {
            choice.urlProperty().set(choice.engine() == Engine.POSTGRESQL ? ScratchServers.postgres()
                    : ScratchServers.mysql());
        }
        return dryRun;
    }

    @Test
    void aRunShowsEveryStepOkTheVerdictsAndTheTimelineAndDropsItsShadows() throws Exception {
        List<String> before = ScratchServers.shadows();
        DryRunViewModel dryRun = dryRun();
        assertThat(dryRun.scratch()).extracting(ScratchChoice::engine)
                .containsExactly(Engine.POSTGRESQL, Engine.MYSQL);

        dryRun.run();

        assertThat(dryRun.verdictProperty().get()).as(dryRun.messageProperty().get()).isEqualTo("passed");
        assertThat(dryRun.steps()).isNotEmpty().allMatch(StepLine::ok);
        assertThat(dryRun.steps()).extracting(StepLine::service).contains("customers", "shipping");
        assertThat(dryRun.verdicts()).extracting(VerdictLine::verdict).doesNotContain("failed");
        assertThat(dryRun.verdicts()).extracting(VerdictLine::check).contains("rollback of expand",
                "idempotence of contract", "reversibility of the plan");
        assertThat(dryRun.timelineProperty().get().lanes()).containsExactly("customers", "shipping");
        assertThat(dryRun.timelineProperty().get().bars()).allSatisfy(b -> {
            assertThat(b.start()).isBetween(0.0, 1.0);
            assertThat(b.start() + b.width()).isLessThanOrEqualTo(1.0 + DryRunTimeline.MIN_WIDTH);
        });
        assertThat(dryRun.messageProperty().get()).contains("every shadow dropped");
        assertThat(ScratchServers.shadows()).isEqualTo(before);

        dryRun.openReport();
        assertThat(opened).singleElement().satisfies(p -> assertThat(Files.readString(p)).contains("<svg"));
    }

    @Test
    void aRunCancelledAfterItsFirstStepStopsThereAndLeavesNoShadow() throws Exception {
        List<String> before = ScratchServers.shadows();
        DryRunViewModel dryRun = dryRun();
        dryRun.steps().addListener((ListChangeListener<StepLine>) c -> dryRun.cancel());

        dryRun.run();

        assertThat(dryRun.verdictProperty().get()).isEqualTo("cancelled");
        assertThat(dryRun.reportProperty().get().phases().stream().flatMap(p -> p.steps().stream())
                .map(s -> s.status().name())).contains("NOT_RUN");
        assertThat(ScratchServers.shadows()).isEqualTo(before);
    }

    @Test
    void aFailedRunShowsTheFailedStepAndLeavesNoShadow() throws Exception {
        List<String> before = ScratchServers.shadows();
        Plan failing = Plan.of("failing check", null, List.of(
                Phase.of("expand", PhaseKind.EXPAND, List.of(
                        Step.of("add-note", "orders", new AddColumn("orders", new ColumnSpec("note", "text", null,
                                null))),
                        Step.of("check", "orders", new Verify("SELECT count(*) = 1 FROM orders"))))));
        DryRunViewModel dryRun = new DryRunViewModel(failing, "failing.plan.yaml", DemoEstate.load(), "test",
                settings, new InlineTaskRunner(), Runnable::run, new LogViewModel(Clock.systemUTC()), opened::add);
        dryRun.scratch().get(0).urlProperty().set(ScratchServers.postgres());

        dryRun.run();

        assertThat(dryRun.verdictProperty().get()).isEqualTo("failed");
        assertThat(dryRun.steps()).filteredOn(s -> s.stepId().equals("check")).first()
                .satisfies(s -> assertThat(s.status()).isEqualTo("failed"));
        assertThat(dryRun.timelineProperty().get().bars()).anyMatch(TimelineBar::failed);
        assertThat(dryRun.messageProperty().get()).startsWith("Failed").contains("every shadow dropped");
        assertThat(ScratchServers.shadows()).isEqualTo(before);
    }

    @Test
    void theScratchServersAreRememberedPerEstateWithoutTheirPassword() {
        DryRunViewModel dryRun = dryRun();
        dryRun.scratch().get(0).urlProperty().set("jdbc:postgresql://scratch.example:5432/postgres?user=dba"
                + "&password=secret");
        dryRun.scratch().get(1).urlProperty().set("jdbc:mysql://127.0.0.1:1/?user=root");
        dryRun.run();

        assertThat(settings.scratchServer("demo:Acme Shop", "postgresql"))
                .contains("jdbc:postgresql://scratch.example:5432/postgres?user=dba");
        DryRunViewModel again = main.planTools().dryRun(Runnable::run, opened::add).orElseThrow();
        assertThat(again.scratch().get(0).urlProperty().get())
                .isEqualTo("jdbc:postgresql://scratch.example:5432/postgres?user=dba");
        assertThat(again.scratch().get(0).originProperty().get()).isEqualTo("remembered for this estate");
    }
}
