package dev.phaseshift.app.tools;

import dev.phaseshift.app.dryrun.DryRunViewModel;
import dev.phaseshift.app.estate.EstateItem;
import dev.phaseshift.app.export.ExportViewModel;
import dev.phaseshift.app.log.LogViewModel;
import dev.phaseshift.app.plan.PlanReview;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.sqlpreview.SqlPreviewViewModel;
import dev.phaseshift.app.task.TaskRunner;
import dev.phaseshift.app.wizard.PatternKind;
import dev.phaseshift.app.wizard.PatternTarget;
import dev.phaseshift.app.wizard.PatternWizardViewModel;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.file.PlanFormatException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Hands the plan tools what the main window has open: the estate, its graph, the plan under review. Each tool's
 * view model takes plan-model values only, so the plan editor can open the same tools on the plan it edits.
 */
public final class PlanTools {
    private final TaskRunner tasks;
    private final AppSettings settings;
    private final LogViewModel log;
    private final ObservableValue<Estate> estate;
    private final ObservableValue<Path> estateFile;
    private final ObservableValue<EstateGraph> graph;
    private final ObservableValue<PlanReview> review;
    private final ObservableValue<Plan> editedPlan;
    private final PatternWizardViewModel.PhaseInsertion insertPhases;
    private final BooleanBinding planOpen;

    /**
     * @param review       the plan the tools work on: the editor's, with its unsaved edits, else the one under review
     * @param editedPlan   the plan open in the editor, or null: a wizard's phases go into it
     * @param insertPhases puts a wizard's phases into the editor (what a wizard's Finish does with them)
     */
    public PlanTools(TaskRunner tasks, AppSettings settings, LogViewModel log, ObservableValue<Estate> estate,
                     ObservableValue<Path> estateFile, ObservableValue<EstateGraph> graph,
                     ObservableValue<PlanReview> review, ObservableValue<Plan> editedPlan,
                     PatternWizardViewModel.PhaseInsertion insertPhases) {
        this.tasks = tasks;
        this.settings = settings;
        this.log = log;
        this.estate = estate;
        this.estateFile = estateFile;
        this.graph = graph;
        this.review = review;
        this.editedPlan = editedPlan;
        this.insertPhases = insertPhases;
        this.planOpen = Bindings.createBooleanBinding(() -> currentPlan().isPresent(), review, estate);
    }

    /** Whether a plan that reads is under review, so SQL preview, dry-run and export have something to work on. */
    public BooleanBinding planOpenBinding() {
        return planOpen;
    }

    /** A wizard on a tree item, or empty when the item is not something {@code kind} starts on. */
    public Optional<PatternWizardViewModel> wizard(PatternKind kind, EstateItem item) {
        return PatternTarget.of(item).flatMap(target -> wizard(kind, target));
    }

    /** A wizard on a table or column (of the tree, the inspector or the graph), or empty where it does not apply. */
    public Optional<PatternWizardViewModel> wizard(PatternKind kind, PatternTarget target) {
        Estate open = estate.getValue();
        if (open == null || !kind.appliesTo(target)) {
            return Optional.empty();
        }
        PatternWizardViewModel.Context context = new PatternWizardViewModel.Context(open, graph.getValue(),
                editedPlan.getValue());
        return Optional.of(new PatternWizardViewModel(kind, target, context, (phases, editName) -> {
            log.info("the " + kind.title().toLowerCase(java.util.Locale.ROOT) + " wizard inserted "
                    + phases.phases().size() + " phases into the plan editor");
            insertPhases.insert(phases, editName);
        }));
    }

    public Optional<SqlPreviewViewModel> sqlPreview() {
        return currentPlan().map(r -> new SqlPreviewViewModel(r.plan(), estate.getValue()));
    }

    /**
     * @param ui           runs the dry-run's step reports where the view model lives (the FX thread)
     * @param showDocument opens the written HTML report
     */
    public Optional<DryRunViewModel> dryRun(Executor ui, Consumer<Path> showDocument) {
        return currentPlan().map(r -> new DryRunViewModel(r.plan(), r.source().origin(), estate.getValue(),
                estateKey(), settings, tasks, ui, log, showDocument));
    }

    public Optional<ExportViewModel> export() {
        return currentPlan().map(r -> new ExportViewModel(r.plan(), repositoryPath(r), planBytes(r),
                estate.getValue(), estatePath(), tasks, log, newPlanDirectory().resolve("export")));
    }

    private Optional<PlanReview> currentPlan() {
        PlanReview shown = review.getValue();
        return shown == null || shown.plan() == null || estate.getValue() == null ? Optional.empty()
                : Optional.of(shown);
    }

    /** Exports go beside the estate file ({@code plans/export}); the bundled demo's into the temp dir. */
    private Path newPlanDirectory() {
        Path file = estateFile.getValue();
        return file != null ? file.toAbsolutePath().getParent().resolve("plans")
                : Path.of(System.getProperty("java.io.tmpdir"), "phaseshift-plans");
    }

    /** Remembered scratch servers are kept per estate: its file, or the demo's name. */
    private String estateKey() {
        Path file = estateFile.getValue();
        return file != null ? file.toAbsolutePath().normalize().toString() : "demo:" + estate.getValue().name();
    }

    /** The estate file as CI jobs name it: relative to the repository, taken as the estate's directory. */
    private String estatePath() {
        Path file = estateFile.getValue();
        return file != null ? String.valueOf(file.getFileName()) : "phaseshift.yaml";
    }

    /** The plan file relative to the estate's directory when it lies below it, else as it is. */
    private String repositoryPath(PlanReview shown) {
        Path plan = shown.source().file();
        if (plan == null) {
            return shown.source().resource();
        }
        Path root = estateFile.getValue() == null ? null : estateFile.getValue().toAbsolutePath().getParent();
        Path shownPath = root != null && plan.startsWith(root) ? root.relativize(plan) : plan;
        return shownPath.toString().replace('\\', '/');
    }

    /** The plan file's bytes, for the checksum exports carry; a bundled plan's own text. */
    private static boolean sameAsFile(Plan plan, Path file) {
        try {
            return PlanFile.toYaml(PlanFile.read(file)).equals(PlanFile.toYaml(plan));
        } catch (RuntimeException | PlanFormatException e) {
            return false;
        }
    }

    private static byte[] planBytes(PlanReview review) {
        Path file = review.source().file();
        // the editor's plan may be unsaved (or never saved): export what Save would write, which is what CI will
        // run once it is saved; a file on disk holding this very plan is exported as it is
        if (file == null || !Files.isRegularFile(file) || !sameAsFile(review.plan(), file)) {
            return PlanFile.toYaml(review.plan()).getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
