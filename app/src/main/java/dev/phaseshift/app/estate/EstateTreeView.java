package dev.phaseshift.app.estate;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The estate tree with its search field. */
public final class EstateTreeView extends VBox {
    private final EstateTreeViewModel viewModel;
    private final CustomTextField search = new CustomTextField();
    private final TreeView<EstateItem> tree = new TreeView<>();
    /** Set while the view changes the tree itself, so those changes are not taken for the user's selection. */
    private boolean syncing;

    /**
     * @param showInGraph    opens the Graph tab on the selected item
     * @param canShowInGraph whether the selected item can be shown there
     */
    public EstateTreeView(EstateTreeViewModel viewModel, Runnable showInGraph,
                          ObservableBooleanValue canShowInGraph) {
        this.viewModel = viewModel;
        getStyleClass().add("estate-panel");
        setMinWidth(180);

        Label caption = new Label("ESTATE");
        caption.getStyleClass().add("panel-caption");
        Label matches = new Label();
        matches.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        matches.textProperty().bind(viewModel.matchSummaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(caption, spacer, matches);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");

        search.setId("estateSearch");
        search.setPromptText("Search tables and columns");
        search.setLeft(new FontIcon(Material2MZ.SEARCH));
        FontIcon clear = new FontIcon(Material2AL.CLEAR);
        clear.setCursor(Cursor.HAND);
        clear.setOnMouseClicked(e -> viewModel.clearFilter());
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clear);
        search.textProperty().bindBidirectional(viewModel.filterTextProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                viewModel.clearFilter();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                tree.requestFocus();
                if (tree.getSelectionModel().isEmpty()) {
                    tree.getSelectionModel().selectFirst();
                }
            }
        });
        VBox searchBox = new VBox(search);
        searchBox.getStyleClass().add("search-box");

        tree.setId("estateTree");
        tree.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.DENSE, "estate-tree");
        tree.setCellFactory(t -> new EstateTreeCell());
        MenuItem graph = new MenuItem("Show in graph",
                new FontIcon(Material2AL.ACCOUNT_TREE));
        graph.setId("treeShowInGraph");
        graph.setAccelerator(KeyCombination.keyCombination("Shortcut+G"));
        graph.setOnAction(e -> showInGraph.run());
        graph.disableProperty().bind(Bindings.not(canShowInGraph));
        tree.setContextMenu(new ContextMenu(graph));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                viewModel.select(now == null ? null : now.getValue());
            }
        });

        Label empty = new Label("No estate open");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane body = new StackPane(tree, empty);
        VBox.setVgrow(body, Priority.ALWAYS);
        tree.visibleProperty().bind(viewModel.rootProperty().isNotNull());
        empty.visibleProperty().bind(viewModel.rootProperty().isNull());

        getChildren().addAll(header, searchBox, body);

        viewModel.rootProperty().addListener((obs, old, now) -> rebuild(now));
        viewModel.selectedItemProperty().addListener((obs, old, now) -> reveal(now));
        rebuild(viewModel.rootProperty().get());
    }

    /**
     * Adds items to the tree's context menu after a separator, e.g. the pattern wizards; the separator shows
     * while one of them does.
     */
    public void addContextMenuItems(java.util.List<MenuItem> items) {
        javafx.scene.control.SeparatorMenuItem separator = new javafx.scene.control.SeparatorMenuItem();
        separator.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> items.stream().anyMatch(MenuItem::isVisible),
                items.stream().map(MenuItem::visibleProperty).toArray(javafx.beans.Observable[]::new)));
        tree.getContextMenu().getItems().add(separator);
        tree.getContextMenu().getItems().addAll(items);
    }

    /** Puts the cursor into the search field (View ▸ Focus search). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void rebuild(EstateTreeNode root) {
        syncing = true;
        try {
            tree.setRoot(root == null ? null : toTreeItem(root));
            reveal(viewModel.selectedItemProperty().get());
        } finally {
            syncing = false;
        }
    }

    private static TreeItem<EstateItem> toTreeItem(EstateTreeNode node) {
        TreeItem<EstateItem> item = new TreeItem<>(node.item());
        for (EstateTreeNode child : node.children()) {
            item.getChildren().add(toTreeItem(child));
        }
        item.setExpanded(node.expanded());
        return item;
    }

    /** Selects and scrolls to the item the view model selected, if the (filtered) tree shows it. */
    private void reveal(EstateItem item) {
        TreeItem<EstateItem> selected = tree.getSelectionModel().getSelectedItem();
        if (item == null || selected != null && selected.getValue().equals(item)) {
            return;
        }
        TreeItem<EstateItem> found = find(tree.getRoot(), item.path());
        boolean wasSyncing = syncing;
        syncing = true;
        try {
            if (found == null) {
                tree.getSelectionModel().clearSelection();
                return;
            }
            for (TreeItem<EstateItem> p = found.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            tree.getSelectionModel().select(found);
            int row = tree.getRow(found);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            syncing = wasSyncing;
        }
    }

    private static TreeItem<EstateItem> find(TreeItem<EstateItem> from, String path) {
        if (from == null) {
            return null;
        }
        if (from.getValue().path().equals(path)) {
            return from;
        }
        for (TreeItem<EstateItem> child : from.getChildren()) {
            TreeItem<EstateItem> found = find(child, path);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
