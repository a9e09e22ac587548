package dev.phaseshift.app.main;

import dev.phaseshift.app.connect.ServicesView;
import dev.phaseshift.app.editor.PlanEditorView;
import dev.phaseshift.app.graph.GraphView;
import dev.phaseshift.app.search.SearchView;
import dev.phaseshift.app.plan.PlanReviewView;
import dev.phaseshift.app.references.ReferencesView;
import dev.phaseshift.app.tools.PlanToolWindows;
import dev.phaseshift.app.wizard.PatternTarget;

import dev.phaseshift.app.estate.EstateTreeView;
import dev.phaseshift.app.inspector.InspectorView;
import dev.phaseshift.app.log.LogView;
import dev.phaseshift.app.overview.OverviewView;
import dev.phaseshift.app.welcome.WelcomeView;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The main window's content: menu bar; estate tree, central tabs and inspector side by side above the log; the
 * status bar. Central tabs follow {@link MainViewModel#tabs()}; each tab kind has a factory for its content.
 */
public final class MainView extends BorderPane {
    static final String WORKBENCH_SPLIT = "workbench";
    static final String BOTTOM_SPLIT = "bottom";
    /** Tree about 310 px and inspector about 340 px of a 1400 px window; log about 160 px of 900. */
    private static final double[] WORKBENCH_DEFAULT = {0.22, 0.757};
    private static final double[] BOTTOM_DEFAULT = {0.80};

    private final MainViewModel viewModel;
    private final EstateTreeView tree;
    private final TabPane centralTabs = new TabPane();
    private final SplitPane workbench;
    private final SplitPane bottom;
    private final Map<WorkspaceTabKind, Supplier<Node>> tabContent = new EnumMap<>(WorkspaceTabKind.class);
    private final Map<WorkspaceTab, Tab> openTabs = new HashMap<>();
    private boolean syncingTabs;
    private PlanToolWindows planTools;

    public MainView(MainViewModel viewModel, Runnable quit) {
        this.viewModel = viewModel;
        setId("mainView");
        getStyleClass().add("main-view");

        tree = new EstateTreeView(viewModel.tree(), viewModel::showInGraph, viewModel.canShowInGraphBinding());
        InspectorView inspector = new InspectorView(viewModel.inspector(), viewModel::showInGraph);
        LogView log = new LogView(viewModel.log(), viewModel.findings());

        centralTabs.setId("centralTabs");
        centralTabs.getStyleClass().add("central-tabs");
        centralTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.SELECTED_TAB);
        tabContent.put(WorkspaceTabKind.WELCOME, () -> new WelcomeView(viewModel.welcome()));
        tabContent.put(WorkspaceTabKind.OVERVIEW, () -> new OverviewView(viewModel.overview()));
        tabContent.put(WorkspaceTabKind.GRAPH, () -> {
            GraphView graph = new GraphView(viewModel.graph());
            graph.addNodeMenuItems(planTools.patternItemsOn(Bindings.createObjectBinding(() -> PatternTarget.of(
                    viewModel.graphProperty().get(), viewModel.graph().pointedProperty().get()).orElse(null),
                    viewModel.graphProperty(), viewModel.graph().pointedProperty()), "graph"));
            return graph;
        });
        tabContent.put(WorkspaceTabKind.REFERENCES, () -> new ReferencesView(viewModel.references()));
        tabContent.put(WorkspaceTabKind.PLAN_REVIEW, () -> new PlanReviewView(viewModel.planReview()));
        tabContent.put(WorkspaceTabKind.SERVICES, () -> new ServicesView(viewModel.services()));
        new SearchView(viewModel.search(), centralTabs);
        tabContent.put(WorkspaceTabKind.PLAN_EDITOR, () -> new PlanEditorView(viewModel.planEditor()));
        viewModel.tabs().addListener((ListChangeListener<WorkspaceTab>) c -> syncTabs());
        viewModel.selectedTabProperty().addListener((obs, old, now) -> selectTab(now));
        centralTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncingTabs && now != null) {
                viewModel.selectTab((WorkspaceTab) now.getUserData());
            }
        });
        syncTabs();

        workbench = new SplitPane(tree, centralTabs, inspector);
        workbench.getStyleClass().add("workbench");
        bottom = new SplitPane(workbench, log);
        bottom.setOrientation(Orientation.VERTICAL);
        bottom.getStyleClass().add("bottom-split");

        setTop(new MainMenu(viewModel, tree::focusSearch, quit));
        setCenter(bottom);
        setBottom(new StatusBar(viewModel));

        planTools = new PlanToolWindows(viewModel.planTools(), () -> getScene() == null ? null : getScene().getWindow(),
                viewModel.colorSchemeProperty());
        ((javafx.scene.control.MenuBar) getTop()).getMenus().add(2, planTools.planMenu());
        tree.addContextMenuItems(planTools.patternItems(viewModel.tree().selectedItemProperty(), "tree"));
        inspector.addActions(planTools.patternItems(viewModel.tree().selectedItemProperty(), "inspector"));
    }

    /** How the plan tools open a document such as the dry-run's HTML report (the host services' browser). */
    public void setShowDocument(java.util.function.Consumer<String> showDocument) {
        planTools.setShowDocument(showDocument);
    }

    /** Registers the view of a tab kind; later features (graph, plans) add theirs here. */
    public void registerTabContent(WorkspaceTabKind kind, Supplier<Node> factory) {
        tabContent.put(kind, factory);
    }

    /**
     * Puts the dividers where they were last time, or at the default sizes. Call it before the window is shown.
     * The split panes place dividers exactly only once they have their real size, so the positions are applied
     * again after the first layout of the shown window; from then on the tree, inspector and log keep their size
     * when the window is resized and only the centre follows it.
     */
    public void restoreLayout() {
        double[] sides = viewModel.savedDividerPositions(WORKBENCH_SPLIT)
                .filter(p -> p.length == 2 && p[0] < p[1]).orElse(WORKBENCH_DEFAULT);
        double[] log = viewModel.savedDividerPositions(BOTTOM_SPLIT)
                .filter(p -> p.length == 1).orElse(BOTTOM_DEFAULT);
        Runnable apply = () -> {
            workbench.setDividerPositions(sides);
            bottom.setDividerPositions(log);
        };
        apply.run();
        Scene scene = getScene();
        if (scene == null) {
            pinSidePanels();
            return;
        }
        Runnable applyOnceShown = new Runnable() {
            @Override
            public void run() {
                if (scene.getWindow() != null && scene.getWindow().isShowing() && getWidth() > 0) {
                    scene.removePostLayoutPulseListener(this);
                    apply.run();
                    pinSidePanels();
                }
            }
        };
        scene.addPostLayoutPulseListener(applyOnceShown);
    }

    private void pinSidePanels() {
        workbench.getItems().forEach(n -> SplitPane.setResizableWithParent(n, n == centralTabs));
        SplitPane.setResizableWithParent(bottom.getItems().get(1), false);
    }

    /** Hands the divider positions to the view model to be saved. */
    public void rememberLayout() {
        viewModel.rememberDividerPositions(WORKBENCH_SPLIT, workbench.getDividerPositions());
        viewModel.rememberDividerPositions(BOTTOM_SPLIT, bottom.getDividerPositions());
    }

    /** Gives the keyboard to the central tabs, so the search field shows its prompt until it is used. */
    public void focusWorkspace() {
        centralTabs.requestFocus();
    }

    public void focusSearch() {
        tree.focusSearch();
    }

    private void syncTabs() {
        syncingTabs = true;
        try {
            openTabs.keySet().removeIf(t -> !viewModel.tabs().contains(t));
            centralTabs.getTabs().setAll(viewModel.tabs().stream().map(this::tabFor).toList());
            selectTab(viewModel.selectedTabProperty().get());
        } finally {
            syncingTabs = false;
        }
    }

    private Tab tabFor(WorkspaceTab workspaceTab) {
        return openTabs.computeIfAbsent(workspaceTab, t -> {
            Supplier<Node> factory = tabContent.get(t.kind());
            if (factory == null) {
                throw new IllegalStateException("no view registered for tabs of kind " + t.kind());
            }
            Tab tab = new Tab(t.title(), factory.get());
            tab.setId("tab-" + t.id());
            tab.setUserData(t);
            tab.setClosable(t.closable());
            tab.setGraphic(switch (t.kind()) {
                case WELCOME -> new FontIcon(Material2MZ.TIMELINE);
                case OVERVIEW -> new FontIcon(Material2AL.DASHBOARD);
                case GRAPH -> new FontIcon(Material2AL.ACCOUNT_TREE);
                case REFERENCES -> new FontIcon(Material2AL.LINK);
                case PLAN_REVIEW -> new FontIcon(Material2AL.FACT_CHECK);
                case SERVICES -> new FontIcon(Material2MZ.STORAGE);
                case PLAN_EDITOR -> new FontIcon(Material2AL.EDIT);
            });
            tab.setOnClosed(e -> viewModel.closeTab(t));
            return tab;
        });
    }

    private void selectTab(WorkspaceTab workspaceTab) {
        Tab tab = workspaceTab == null ? null : openTabs.get(workspaceTab);
        if (tab != null && centralTabs.getSelectionModel().getSelectedItem() != tab) {
            boolean was = syncingTabs;
            syncingTabs = true;
            try {
                centralTabs.getSelectionModel().select(tab);
            } finally {
                syncingTabs = was;
            }
        }
    }
}
