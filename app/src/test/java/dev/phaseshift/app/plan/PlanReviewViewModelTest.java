package dev.phaseshift.app.plan;

import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.log.LogEntry;
import dev.phaseshift.app.log.LogViewModel;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.Severity;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class PlanReviewViewModelTest {
    private static final String ADD_PHONE_NUMBER = "customers-customers-add-phone_number";
    private static final String DROP_SKU = """
            format: phaseshift/plan@1
            name: drop sku at once
            phases:
              - id: contract
                kind: contract
                steps:
                  - id: drop-sku
                    service: orders
                    operation:
                      drop_column:
                        table: order_items
                        column: sku
            """;
    private static Estate demo;

    @TempDir
    Path dir;

    private final InlineTaskRunner tasks = new InlineTaskRunner();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final LogViewModel log = new LogViewModel(Clock.systemUTC());
    private final SimpleObjectProperty<Estate> estate = new SimpleObjectProperty<>(demo);
    private final PlanReviewViewModel viewModel = new PlanReviewViewModel(tasks, estate, dialogs, log);

    @BeforeAll
    static void loadDemo() {
        demo = DemoEstate.load();
    }

    @Test
    void theRenamePhoneDemoPlanShowsItsPhasesStepsAndLocks() {
        viewModel.open(PlanSource.demo("rename-phone"));

        assertThat(tasks.titles()).containsExactly("reviewing plan rename-phone");
        assertThat(viewModel.nameProperty().get()).isEqualTo("rename phone to phone_number");
        assertThat(viewModel.originProperty().get()).isEqualTo("demo/plans/rename-phone.plan.yaml (bundled)");
        assertThat(viewModel.phases()).extracting(PlanRow::title)
                .containsExactly("expand", "migrate", "switch", "contract");
        PlanRow expand = viewModel.phases().get(0);
        assertThat(expand.children()).hasSize(5);
        PlanRow add = expand.children().get(0);
        assertThat(add.stepId()).isEqualTo(ADD_PHONE_NUMBER);
        assertThat(add.service()).isEqualTo("customers");
        assertThat(add.operation()).isEqualTo("add_column");
        assertThat(add.locks()).isEqualTo("ACCESS EXCLUSIVE on public.customers, metadata only, ~0 s");
        assertThat(viewModel.phases().get(2).operation()).isEqualTo("deploys customers v1 → v2, shipping v3 → v4");
        assertThat(viewModel.locks()).extracting(LockLines::summary).startsWith(
                "phase expand: blocks writes on customers for ~0 s (reads too)");
        assertThat(viewModel.locks().get(1).summary()).contains("backfills 2.4 M rows of customers");
    }

    @Test
    void theRenamePhoneDemoPlanHasNoErrorsAndEveryLiveConsumerStaysCompatible() {
        viewModel.open(PlanSource.demo("rename-phone"));

        assertThat(viewModel.statusProperty().get())
                .isEqualTo("no errors, 3 warnings · every live consumer compatible");
        assertThat(viewModel.errorsProperty().get()).isZero();
        assertThat(viewModel.breaksProperty().get()).isZero();
        assertThat(viewModel.states()).containsExactly("before", "expand", "migrate", "switch", "contract");
        assertThat(viewModel.matrix()).extracting(MatrixRow::version).contains("billing v1", "shipping v3");
        assertThat(viewModel.matrix()).flatExtracting(MatrixRow::marks).extracting(MatrixMark::verdict)
                .doesNotContain(CellVerdict.BREAKS);
        // shipping v3 reads the old column; it is replaced by v4 before the column goes
        MatrixRow shipping = row("shipping v3");
        assertThat(shipping.marks()).extracting(m -> m.verdict().symbol()).containsExactly("✓", "✓", "✓", "✓", "—");
        assertThat(viewModel.problems()).isEmpty();
        assertThat(viewModel.canExportBinding().get()).isTrue();
        assertThat(log.entries()).extracting(LogEntry::message).anyMatch(m -> m.startsWith(
                "reviewed plan \"rename phone to phone_number\" from demo/plans/rename-phone.plan.yaml (bundled)"));
    }

    @Test
    void findingsSayWhereTheStepIsAndSelectingAStepShowsOnlyItsOwn() {
        viewModel.open(PlanSource.demo("rename-phone"));

        // PS111 on the new column, and PS121 on each dropped "phone" column, which no consumer contract names
        assertThat(viewModel.findings()).extracting(FindingLine::code).containsExactly("PS111", "PS121", "PS121");
        FindingLine finding = viewModel.findings().get(0);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.code()).isEqualTo("PS111");
        assertThat(finding.stepId()).isEqualTo(ADD_PHONE_NUMBER);
        assertThat(finding.where()).isEqualTo("demo/plans/rename-phone.plan.yaml (bundled):12:9");
        assertThat(viewModel.phases().get(0).children().get(0).findingsText()).isEqualTo("1 finding");
        assertThat(viewModel.phases().get(0).worst()).isEqualTo(Severity.WARNING);
        assertThat(viewModel.findingsCaptionProperty().get()).isEqualTo("3 findings in the plan");

        viewModel.selectStep("customers-customers-sync-phone_number");
        assertThat(viewModel.findings()).isEmpty();
        assertThat(viewModel.findingsCaptionProperty().get())
                .isEqualTo("0 findings of step customers-customers-sync-phone_number (of 3)");

        viewModel.selectStep(ADD_PHONE_NUMBER);
        assertThat(viewModel.findings()).containsExactly(finding);

        viewModel.selectStep(null);
        assertThat(viewModel.findings()).hasSize(3);
    }

    @Test
    void aPlanThatDoesNotReadShowsItsProblemsWithLineAndColumnInsteadOfAReview() throws IOException {
        Path bad = write("bad.plan.yaml", """
                format: phaseshift/plan@1
                name: bad
                phases:
                  - id: contract
                    kinds: contract
                """);

        viewModel.open(PlanSource.file(bad));

        assertThat(viewModel.statusProperty().get()).isEqualTo("the plan does not read: 2 problems");
        assertThat(viewModel.problems()).anyMatch(p -> p.startsWith(bad + ":5:5: error: unknown key \"kinds\""));
        assertThat(viewModel.problems()).anyMatch(p -> p.startsWith(bad + ":4:5: error: missing key \"kind\""));
        assertThat(viewModel.readableProperty().get()).isFalse();
        assertThat(viewModel.phases()).isEmpty();
        assertThat(viewModel.matrix()).isEmpty();
        assertThat(viewModel.canExportBinding().get()).isFalse();
        assertThat(viewModel.canReloadBinding().get()).isTrue();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aPlanThatDropsAColumnALiveConsumerReadsBreaksIt() throws IOException {
        viewModel.open(PlanSource.file(write("drop.plan.yaml", DROP_SKU)));

        assertThat(viewModel.breaksProperty().get()).isGreaterThan(0);
        assertThat(viewModel.statusProperty().get()).matches(".* · \\d+ consumer breaks?");
        MatrixMark contract = row("shipping v3").marks().get(1);
        assertThat(contract.verdict()).isEqualTo(CellVerdict.BREAKS);
        assertThat(contract.reason()).contains("shipping v3 reads").contains("sku")
                .contains("dropped in phase contract");
        assertThat(row("shipping v3").marks().get(0).verdict()).isEqualTo(CellVerdict.COMPATIBLE);
        assertThat(viewModel.reasons()).contains(contract);
    }

    @Test
    void aPlanThatDoesNotSimulateSaysWhichStepFailsAndPromisesNoCompatibility() throws IOException {
        Path file = write("index.plan.yaml", DROP_SKU.replace("order_items", "orders").replace("sku", "placed_at"));

        viewModel.open(PlanSource.file(file));

        assertThat(viewModel.statusProperty().get())
                .isEqualTo("the plan does not simulate: 1 error · no errors, no warnings in the steps that apply");
        assertThat(viewModel.problems()).singleElement().asString()
                .startsWith(file + ":7:9: error: step \"drop-placed_at\" (orders): column \"placed_at\"")
                .contains("is used by index");
    }

    @Test
    void reloadReadsTheEditedFileAgain() throws IOException {
        Path file = write("drop.plan.yaml", DROP_SKU);
        viewModel.open(PlanSource.file(file));
        assertThat(viewModel.phases()).hasSize(1);

        Files.writeString(file, DROP_SKU.replace("kind: contract", "kind: sideways"));
        viewModel.reload();

        assertThat(viewModel.phases()).isEmpty();
        assertThat(viewModel.problems()).singleElement().asString().startsWith(file + ":5:11: error:");
    }

    @Test
    void exportWritesTheSimulatedDryRunReportAsAnHtmlPage() throws IOException {
        Path report = dir.resolve("report.html");
        dialogs.willSaveReport(report);
        viewModel.open(PlanSource.demo("rename-phone"));

        viewModel.exportReport();

        assertThat(dialogs.suggestedReportNames()).containsExactly("rename-phone.dry-run.html");
        assertThat(report).isRegularFile();
        String html = Files.readString(report);
        assertThat(html).containsIgnoringCase("<html").contains("rename phone to phone_number");
        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Wrote the simulated dry-run report to " + report.toAbsolutePath().normalize());
    }

    @Test
    void cancellingTheSaveDialogWritesNothing() {
        viewModel.open(PlanSource.demo("rename-phone"));

        viewModel.exportReport();

        assertThat(tasks.titles()).containsExactly("reviewing plan rename-phone");
        assertThat(viewModel.messageProperty().get()).isEmpty();
    }

    @Test
    void closingTheEstateForgetsThePlan() {
        viewModel.open(PlanSource.demo("orders-priority"));
        assertThat(viewModel.phases()).hasSize(3);

        estate.set(null);
        assertThat(viewModel.sourceProperty().get()).isNull();
        assertThat(viewModel.phases()).isEmpty();
        assertThat(viewModel.findings()).isEmpty();
        assertThat(viewModel.statusProperty().get()).isEqualTo(PlanReviewViewModel.NO_PLAN);
        assertThat(viewModel.canReloadBinding().get()).isFalse();
    }

    private MatrixRow row(String version) {
        return viewModel.matrix().stream().filter(r -> r.version().equals(version)).findFirst().orElseThrow();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toAbsolutePath().normalize();
    }
}
