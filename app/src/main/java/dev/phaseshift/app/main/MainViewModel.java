package dev.phaseshift.app.main;

import dev.phaseshift.app.connect.ConnectDialogs;
import dev.phaseshift.app.connect.ServicesViewModel;
import dev.phaseshift.app.search.SearchHit;
import dev.phaseshift.app.search.SearchHitKind;
import dev.phaseshift.app.search.SearchViewModel;
import dev.phaseshift.app.editor.PlanEditorViewModel;
import dev.phaseshift.app.editor.PlanFileDialogs;
import dev.phaseshift.app.editor.RecoveryStore;
import dev.phaseshift.app.estate.EstateCommands;
import dev.phaseshift.app.estate.EstateItem;
import dev.phaseshift.app.estate.EstateTotals;
import dev.phaseshift.app.estate.EstateTreeViewModel;
import dev.phaseshift.app.estate.GraphNames;
import dev.phaseshift.app.findings.FindingsViewModel;
import dev.phaseshift.app.graph.GraphViewModel;
import dev.phaseshift.app.graph.ReferenceDecisions;
import dev.phaseshift.app.inspector.InspectorViewModel;
import dev.phaseshift.app.log.LogViewModel;
import dev.phaseshift.app.overview.OverviewViewModel;
import dev.phaseshift.app.plan.PlanReviewViewModel;
import dev.phaseshift.app.plan.PlanSource;
import dev.phaseshift.app.references.ReferencesViewModel;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.settings.ColorScheme;
import dev.phaseshift.app.settings.RecentFiles;
import dev.phaseshift.app.settings.WindowBounds;
import dev.phaseshift.app.task.BackgroundWork;
import dev.phaseshift.app.task.RunningTask;
import dev.phaseshift.app.task.TaskRunner;
import dev.phaseshift.app.tools.PlanTools;
import dev.phaseshift.app.welcome.WelcomeViewModel;
import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.EstateFormatException;
import dev.phaseshift.estate.EstateLoader;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.Node;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * The main window's state: the open estate, the central tabs, the theme, the recent files, the status line, and
 * the panels' view models. Estates load through the {@link TaskRunner}; a failed load leaves the open estate as it
 * was and tells the user in the log and a dialog.
 */
public final class MainViewModel implements EstateCommands {
    static final String APP_NAME = "Phaseshift";
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final TaskRunner tasks;
    private final AppSettings settings;
    private final DialogService dialogs;
    private EarlyEstate early = EarlyEstate.none();

    private final ReadOnlyObjectWrapper<Estate> estate = new ReadOnlyObjectWrapper<>(this, "estate");
    private final ReadOnlyObjectWrapper<Path> estateFile = new ReadOnlyObjectWrapper<>(this, "estateFile");
    private final ReadOnlyObjectWrapper<EstateGraph> graph = new ReadOnlyObjectWrapper<>(this, "graph");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "Ready");
    private final ReadOnlyStringWrapper estateSummary = new ReadOnlyStringWrapper(this, "estateSummary", "");
    private final ReadOnlyObjectWrapper<ColorScheme> colorScheme = new ReadOnlyObjectWrapper<>(this, "colorScheme");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnlyRecentFiles = FXCollections.unmodifiableObservableList(recentFiles);
    private final BooleanBinding hasRecentFiles = Bindings.isNotEmpty(recentFiles);
    private final ObservableList<WorkspaceTab> tabs = FXCollections.observableArrayList();
    private final ObservableList<WorkspaceTab> readOnlyTabs = FXCollections.unmodifiableObservableList(tabs);
    private final ReadOnlyObjectWrapper<WorkspaceTab> selectedTab = new ReadOnlyObjectWrapper<>(this, "selectedTab");
    private final BooleanBinding estateOpen = estate.isNotNull();
    private final BooleanBinding demoEstateOpen = estate.isNotNull().and(estateFile.isNull());

    private final LogViewModel log;
    private final EstateTreeViewModel tree;
    private final InspectorViewModel inspector;
    private final OverviewViewModel overview;
    private final WelcomeViewModel welcome;
    private final FindingsViewModel findings;
    private final GraphViewModel graphView;
    private final ReferencesViewModel references;
    private final PlanReviewViewModel planReview;
    private final PlanEditorViewModel planEditor;
    /** A plan file given at launch, reviewed once its estate is open. */
    private Path planAfterOpening;
    private final BooleanBinding canShowInGraph;
    private final ServicesViewModel services;
    private final SearchViewModel search;
    private final PlanTools planTools;

    /** Each load gets a number; only the newest may change the open estate. */
    private int loadSequence;
    private RunningTask currentLoad;

    /**
     * Without editor dialogs (tests of other parts): unsaved plans are never discarded, and the recovery file is
     * one of this process's own, so the user's is never offered or touched.
     */
    public MainViewModel(TaskRunner tasks, AppSettings settings, DialogService dialogs, Clock clock) {
        this(tasks, settings, dialogs, ConnectDialogs.NONE, clock);
    }

    /** With the dialogs that build an estate (new estate, service forms, discovery, password prompts). */
    public MainViewModel(TaskRunner tasks, AppSettings settings, DialogService dialogs, ConnectDialogs connectDialogs,
                         Clock clock) {
        this(tasks, settings, dialogs, connectDialogs, PlanFileDialogs.CANCELLING, new RecoveryStore(Path.of(
                System.getProperty("java.io.tmpdir"), "phaseshift-recovery-" + ProcessHandle.current().pid())),
                clock);
    }

    /** With the plan editor's file dialogs and recovery store, without the estate-building dialogs. */
    public MainViewModel(TaskRunner tasks, AppSettings settings, DialogService dialogs, PlanFileDialogs fileDialogs,
                         RecoveryStore recovery, Clock clock) {
        this(tasks, settings, dialogs, ConnectDialogs.NONE, fileDialogs, recovery, clock);
    }

    /** With every dialog the window shows, and the recovery store of unsaved plans. */
    public MainViewModel(TaskRunner tasks, AppSettings settings, DialogService dialogs, ConnectDialogs connectDialogs,
                         PlanFileDialogs fileDialogs, RecoveryStore recovery, Clock clock) {
        this.tasks = tasks;
        this.settings = settings;
        this.dialogs = dialogs;
        this.log = new LogViewModel(clock);
        this.tree = new EstateTreeViewModel(estate.getReadOnlyProperty());
        this.inspector = new InspectorViewModel(tree.selectedItemProperty(), estate.getReadOnlyProperty(),
                graph.getReadOnlyProperty());
        this.overview = new OverviewViewModel(estate.getReadOnlyProperty(), tree::selectService);
        this.welcome = new WelcomeViewModel(readOnlyRecentFiles, this);
        this.findings = new FindingsViewModel();
        this.graphView = new GraphViewModel(tasks, graph.getReadOnlyProperty(), colorScheme.getReadOnlyProperty());
        this.references = new ReferencesViewModel(tasks, graph.getReadOnlyProperty(), estateFile.getReadOnlyProperty(),
                this::reloadEstate, log);
        graphView.decideReferencesWith(new ReferenceDecisions(references::accept, references::reject));
        this.planReview = new PlanReviewViewModel(tasks, estate.getReadOnlyProperty(), dialogs, log);
        this.planEditor = new PlanEditorViewModel(tasks, estate.getReadOnlyProperty(), dialogs, fileDialogs, recovery,
                settings, log, PlanEditorViewModel.DEBOUNCE);
        // the tools work on the plan being edited (with its unsaved edits), else on the one under review
        this.planTools = new PlanTools(tasks, settings, log, estate.getReadOnlyProperty(),
                estateFile.getReadOnlyProperty(), graph.getReadOnlyProperty(),
                Bindings.createObjectBinding(() -> planEditor.reviewProperty().get() != null
                                ? planEditor.reviewProperty().get() : planReview.reviewProperty().get(),
                        planEditor.reviewProperty(), planReview.reviewProperty()),
                planEditor.planProperty(), (phases, editName) -> {
                    planEditor.insertPhases(phases, editName);
                    openTab(WorkspaceTab.PLAN_EDITOR);
                });
        planReview.reviewProperty().addListener((obs, old, now) -> {
            if (now != null) {
                statusMessage.set("Reviewed " + now.name() + ": " + now.status());
            }
        });
        graphView.pictureProperty().addListener((obs, old, now) -> {
            if (now != null) {
                statusMessage.set("Drew the graph around " + graphView.focusLabelProperty().get());
            }
        });
        this.canShowInGraph = Bindings.createBooleanBinding(
                () -> graph.get() != null && GraphNames.focusable(tree.selectedItemProperty().get()),
                graph, tree.selectedItemProperty());

        this.services = new ServicesViewModel(tasks, connectDialogs, clock, log, findings,
                estate.getReadOnlyProperty(), estateFile.getReadOnlyProperty(), this::openEstate, this::reloadEstate);
        this.search = new SearchViewModel(estate.getReadOnlyProperty(), this::selectSearchHit);
        services.progressProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isBlank()) {
                statusMessage.set(now);
            }
        });

        colorScheme.set(settings.colorScheme());
        recentFiles.setAll(settings.recentFiles().paths());
        tasks.messageProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isBlank()) {
                statusMessage.set(sentence(now));
            }
        });
        showWelcome();
    }

    // ---- commands ------------------------------------------------------------------------------------------

    /**
     * What the application does when it starts: opens the estate file named by the first argument, or the bundled
     * demo estate when there is none.
     */
    public void start(List<String> arguments) {
        start(arguments, EarlyEstate.none());
    }

    /** As {@link #start(List)}, taking the estate from {@code early} when it was read ahead for these arguments. */
    public void start(List<String> arguments, EarlyEstate early) {
        this.early = early;
        if (planEditor.offerRecovery()) {
            openTab(WorkspaceTab.PLAN_EDITOR);
        }
        if (arguments.isEmpty()) {
            openDemoEstate();
            return;
        }
        if (arguments.size() > 1) {
            log.warning("ignoring extra arguments " + arguments.subList(1, arguments.size())
                    + ": phaseshift opens one estate file");
        }
        try {
            LaunchRequest request = LaunchRequest.of(Path.of(arguments.get(0)));
            if (request.estate() == null) {
                failed("cannot review plan \"" + request.plan() + "\": no " + LaunchRequest.ESTATE_FILE
                        + " beside it or in the folder above");
                return;
            }
            planAfterOpening = request.plan();
            openEstate(request.estate());
        } catch (InvalidPathException e) {
            failed("cannot open \"" + arguments.get(0) + "\": not a valid path: " + e.getReason());
        }
    }

    @Override
    public void openDemoEstate() {
        load("opening the demo estate", DemoEstate.LOCATION, null, progress -> {
            LoadedEstate ahead = early.take(DemoEstate.LOCATION);
            if (ahead != null) {
                return ahead;
            }
            progress.message("reading " + DemoEstate.LOCATION);
            Estate demo = DemoEstate.load();
            progress.message("building the dependency graph of " + demo.name());
            return LoadedEstate.of(demo);
        });
    }

    public void openEstate(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        load("opening " + absolute.getFileName(), absolute.toString(), absolute, progress -> {
            LoadedEstate ahead = early.take(absolute.toString());
            if (ahead != null) {
                return ahead;
            }
            progress.message("reading " + absolute);
            Estate read = EstateLoader.load(absolute);
            progress.message("building the dependency graph of " + read.name());
            return LoadedEstate.of(read);
        });
    }

    /**
     * Reads the open estate file again, e.g. after a decision was written into it; keeps the tabs and the
     * selection. Does nothing for the bundled demo, which cannot change.
     */
    public void reloadEstate() {
        Path file = estateFile.get();
        if (file == null) {
            return;
        }
        openEstate(file);
    }

    /** Opens the Graph tab on the estate overview: one box per service. */
    public void showGraphOverview() {
        if (graph.get() != null) {
            graphView.showOverview();
            openTab(WorkspaceTab.GRAPH);
        }
    }

    /** Opens the Graph tab on the table, view or column selected in the tree. */
    public void showInGraph() {
        EstateItem item = tree.selectedItemProperty().get();
        EstateGraph open = graph.get();
        Optional<Node> node = open == null || !GraphNames.focusable(item) ? Optional.empty()
                : GraphNames.of(item).flatMap(open::find);
        if (node.isEmpty()) {
            statusMessage.set("Select a table, view or column to show it in the graph");
            return;
        }
        graphView.focus(node.get().id());
        openTab(WorkspaceTab.GRAPH);
    }

    /** Opens the Services tab: connections, snapshots and reading schemas. */
    public void showServices() {
        if (estate.get() != null) {
            openTab(WorkspaceTab.SERVICES);
        }
    }

    /** Ctrl+K: opens search everywhere over the open estate. */
    public void openSearch() {
        if (estate.get() != null) {
            search.open();
        }
    }

    /** Enter in search everywhere: selects the hit in the tree and, for a table, view or column, in the graph. */
    private void selectSearchHit(SearchHit hit) {
        Optional<EstateItem> item = tree.find(hit.treePath());
        if (item.isEmpty()) {
            return;
        }
        tree.clearFilter();
        tree.select(item.get());
        if (GraphNames.focusable(item.get())) {
            showInGraph();
        } else {
            statusMessage.set("Selected " + (hit.kind() == SearchHitKind.CONSUMER ? "service " + hit.treePath()
                    + ", consumer " + hit.label() : hit.label()));
        }
    }

    /** Opens the References tab with the open inferred references. */
    public void showReferences() {
        if (estate.get() != null) {
            openTab(WorkspaceTab.REFERENCES);
        }
    }

    @Override
    public void chooseAndOpenEstate() {
        Path start = Optional.ofNullable(estateFile.get())
                .or(() -> recentFiles.stream().findFirst())
                .map(Path::getParent)
                .filter(Files::isDirectory)
                .orElse(null);
        dialogs.chooseEstateFile(start).ifPresent(this::openEstate);
    }

    /** Asks for a plan file and opens it in the Plan review tab. */
    public void chooseAndOpenPlan() {
        if (estate.get() == null) {
            statusMessage.set("Open an estate first: a plan is reviewed against the estate's schemas");
            return;
        }
        Path start = Optional.ofNullable(planReview.sourceProperty().get()).map(PlanSource::file)
                .or(() -> Optional.ofNullable(estateFile.get()))
                .map(Path::getParent)
                .filter(Files::isDirectory)
                .orElse(null);
        dialogs.choosePlanFile(start).ifPresent(this::openPlan);
    }

    /** Reviews a plan file against the open estate in the Plan review tab. */
    public void openPlan(Path file) {
        reviewPlan(PlanSource.file(file));
    }

    /** Reviews one of the plans bundled with the demo estate ({@link PlanSource#DEMO_PLANS}). */
    public void openDemoPlan(String name) {
        reviewPlan(PlanSource.demo(name));
    }

    private void reviewPlan(PlanSource source) {
        if (estate.get() == null) {
            statusMessage.set("Open an estate first: a plan is reviewed against the estate's schemas");
            return;
        }
        log.info("opening plan " + source.origin());
        PlanEditorViewModel.Opened opened = planEditor.open(source, false);
        if (opened == PlanEditorViewModel.Opened.KEPT_CURRENT) {
            return;
        }
        // the review also shows a file that does not read, with the line of each problem
        planReview.open(source);
        openTab(WorkspaceTab.PLAN_REVIEW);
        if (opened == PlanEditorViewModel.Opened.EDITING) {
            openTab(WorkspaceTab.PLAN_EDITOR);
        }
    }

    /** Starts a new plan in the plan editor. */
    public void newPlan() {
        planEditor.newPlan();
        if (planEditor.planProperty().get() != null) {
            openTab(WorkspaceTab.PLAN_EDITOR);
        }
    }

    /** Opens a plan from the plan editor's recent list; a plan is edited against the open estate. */
    public void openRecentPlan(Path file) {
        planEditor.openRecent(file);
        if (planEditor.planProperty().get() != null) {
            openTab(WorkspaceTab.PLAN_EDITOR);
        }
    }

    /** Whether the application may close: asks about the plan editor's unsaved changes. */
    public boolean confirmQuit() {
        return planEditor.confirmDiscard();
    }

    /** Opens a file from the recent list; one that no longer exists is dropped from the list instead. */
    @Override
    public void openRecent(Path file) {
        if (!Files.isRegularFile(file)) {
            updateRecentFiles(currentRecentFiles().without(file));
            log.warning("recent estate file " + file + " no longer exists; removed it from the recent files");
            statusMessage.set("Removed a missing file from the recent files");
            return;
        }
        openEstate(file);
    }

    public void clearRecentFiles() {
        updateRecentFiles(RecentFiles.empty());
        log.info("cleared the recent files");
    }

    public void closeEstate() {
        Estate open = estate.get();
        if (open == null) {
            return;
        }
        cancelLoad();
        estate.set(null);
        estateFile.set(null);
        graph.set(null);
        findings.clear();
        estateSummary.set("");
        title.set(APP_NAME);
        showWelcome();
        log.info("closed estate \"" + open.name() + "\"");
        statusMessage.set("Closed " + open.name());
    }

    public void toggleColorScheme() {
        ColorScheme next = colorScheme.get().toggled();
        colorScheme.set(next);
        settings.setColorScheme(next);
        settings.flush();
    }

    public void showAbout() {
        dialogs.showAbout(AboutInfo.current());
    }

    /** Opens a central tab, or selects it when it is open already. */
    public void openTab(WorkspaceTab tab) {
        if (!tabs.contains(tab)) {
            tabs.add(tab);
        }
        selectedTab.set(tab);
    }

    public void selectTab(WorkspaceTab tab) {
        if (tab == null || tabs.contains(tab)) {
            selectedTab.set(tab);
        }
    }

    public void closeTab(WorkspaceTab tab) {
        int index = tabs.indexOf(tab);
        if (index < 0) {
            return;
        }
        tabs.remove(index);
        if (tab.equals(selectedTab.get())) {
            selectedTab.set(tabs.isEmpty() ? null : tabs.get(Math.max(0, index - 1)));
        }
    }

    /** Reports an error nobody caught, so the user sees it in the log rather than nothing at all. */
    public void reportUnexpected(Throwable error) {
        log.error("unexpected error: " + describe(error));
        statusMessage.set("Unexpected error; see the log");
    }

    public Optional<WindowBounds> savedWindowBounds() {
        return settings.windowBounds();
    }

    public void rememberWindowBounds(WindowBounds bounds) {
        settings.setWindowBounds(bounds);
    }

    public Optional<double[]> savedDividerPositions(String splitName) {
        return settings.dividerPositions(splitName);
    }

    public void rememberDividerPositions(String splitName, double... positions) {
        settings.setDividerPositions(splitName, positions);
    }

    /** Stops loading and saves the settings; called when the application stops. */
    public void shutdown() {
        cancelLoad();
        settings.flush();
    }

    // ---- loading -------------------------------------------------------------------------------------------

    private void load(String taskTitle, String source, Path file, BackgroundWork<LoadedEstate> work) {
        cancelLoad();
        int sequence = ++loadSequence;
        log.info("opening estate " + source);
        currentLoad = tasks.run(taskTitle, work,
                loaded -> {
                    if (sequence == loadSequence) {
                        currentLoad = null;
                        opened(loaded, file);
                    }
                },
                error -> {
                    if (sequence != loadSequence) {
                        return;
                    }
                    currentLoad = null;
                    if (error instanceof CancellationException) {
                        log.info("stopped opening " + source);
                        statusMessage.set("Cancelled");
                    } else {
                        failed(describe(error));
                    }
                });
    }

    private void cancelLoad() {
        if (currentLoad != null && !currentLoad.isDone()) {
            loadSequence++;
            currentLoad.cancel();
        }
        currentLoad = null;
    }

    private void opened(LoadedEstate result, Path file) {
        Estate loaded = result.estate();
        boolean reloaded = file != null && file.equals(estateFile.get()) && estate.get() != null;
        EstateTotals totals = EstateTotals.of(loaded);
        String selected = Optional.ofNullable(tree.selectedItemProperty().get()).map(EstateItem::path).orElse(null);
        // file, then graph, then estate: whatever follows the estate sees the graph and file that belong to it
        estateFile.set(file);
        graph.set(result.graph());
        estate.set(loaded);
        findings.show(result.problems());
        estateSummary.set(totals.summary());
        title.set(loaded.name() + " — " + APP_NAME);
        log.info("opened estate \"" + loaded.name() + "\" from " + loaded.location() + ": " + totals.summary());
        loaded.notes().forEach(log::warning);
        long errors = result.problems().stream().filter(p -> p.isError()).count();
        if (!result.problems().isEmpty()) {
            log.warning(loaded.name() + ": " + findings.summaryProperty().get() + " in the estate file; see Findings");
        }
        if (file != null) {
            updateRecentFiles(currentRecentFiles().withOpened(file));
        }
        if (reloaded) {
            if (selected != null) {
                tree.find(selected).ifPresent(tree::select);
            }
            statusMessage.set("Reloaded " + loaded.name());
            return;
        }
        tabs.remove(WorkspaceTab.WELCOME);
        openTab(WorkspaceTab.OVERVIEW);
        statusMessage.set("Opened " + loaded.name() + (errors == 0 ? "" : " with " + errors + " error"
                + (errors == 1 ? "" : "s") + " in the estate file"));
        if (planAfterOpening != null) {
            Path plan = planAfterOpening;
            planAfterOpening = null;
            openPlan(plan);
        }
    }

    private void failed(String message) {
        log.error(message);
        statusMessage.set("Could not open the estate; see the log");
        dialogs.showError("Cannot open estate", message);
    }

    /** A message for the user: the model's own message for expected failures, never a stack trace. */
    private static String describe(Throwable error) {
        if (error instanceof EstateFormatException || error instanceof IllegalStateException
                && error.getMessage() != null) {
            return error.getMessage();
        }
        LOG.error("unexpected failure", error);
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private RecentFiles currentRecentFiles() {
        return new RecentFiles(recentFiles);
    }

    private void updateRecentFiles(RecentFiles next) {
        recentFiles.setAll(next.paths());
        settings.setRecentFiles(next);
        settings.flush();
    }

    private void showWelcome() {
        tabs.removeIf(t -> t.kind() != WorkspaceTabKind.WELCOME);
        openTab(WorkspaceTab.WELCOME);
    }

    private static String sentence(String message) {
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    // ---- state ---------------------------------------------------------------------------------------------

    /** The open estate, or null. */
    public ReadOnlyObjectProperty<Estate> estateProperty() {
        return estate.getReadOnlyProperty();
    }

    /** The file of the open estate; null for the bundled demo or when none is open. */
    public ReadOnlyObjectProperty<Path> estateFileProperty() {
        return estateFile.getReadOnlyProperty();
    }

    /** The open estate's dependency graph, built with it in the background; null without an estate. */
    public ReadOnlyObjectProperty<EstateGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    /** Whether the tree's selection can be shown in the graph (a table, view or column). */
    public BooleanBinding canShowInGraphBinding() {
        return canShowInGraph;
    }

    public BooleanBinding estateOpenBinding() {
        return estateOpen;
    }

    /** Whether the bundled demo estate is open, whose demo plans can then be reviewed. */
    public BooleanBinding demoEstateOpenBinding() {
        return demoEstateOpen;
    }

    /** The window title: the estate's name and the application's. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What just happened or is happening, for the status bar. */
    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    /** The open estate's totals, e.g. "7 services · 68 tables"; empty without an estate. */
    public ReadOnlyStringProperty estateSummaryProperty() {
        return estateSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ColorScheme> colorSchemeProperty() {
        return colorScheme.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.runningProperty();
    }

    /** The running task's progress from 0 to 1, or -1 when it cannot tell. */
    public ReadOnlyDoubleProperty progressProperty() {
        return tasks.progressProperty();
    }

    /** The recent estate files, newest first. */
    public ObservableList<Path> recentFiles() {
        return readOnlyRecentFiles;
    }

    public BooleanBinding hasRecentFilesBinding() {
        return hasRecentFiles;
    }

    /** The central tabs, in order. */
    public ObservableList<WorkspaceTab> tabs() {
        return readOnlyTabs;
    }

    public ReadOnlyObjectProperty<WorkspaceTab> selectedTabProperty() {
        return selectedTab.getReadOnlyProperty();
    }

    public LogViewModel log() {
        return log;
    }

    public EstateTreeViewModel tree() {
        return tree;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public OverviewViewModel overview() {
        return overview;
    }

    public WelcomeViewModel welcome() {
        return welcome;
    }

    public FindingsViewModel findings() {
        return findings;
    }

    public GraphViewModel graph() {
        return graphView;
    }

    public ReferencesViewModel references() {
        return references;
    }

    public PlanReviewViewModel planReview() {
        return planReview;
    }

    public ServicesViewModel services() {
        return services;
    }

    public SearchViewModel search() {
        return search;
    }

    public PlanEditorViewModel planEditor() {
        return planEditor;
    }

    /** The wizards, SQL preview, dry-run and export, on the open estate and the plan under review. */
    public PlanTools planTools() {
        return planTools;
    }
}
