package dev.phaseshift.app.search;

import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;

import java.util.Objects;

/**
 * Search everywhere as a popup over the main window: a clearable field (ControlsFX), the hits below it. Up and
 * Down move the highlight, Enter selects, Escape closes; a click selects too.
 */
public final class SearchView {
    private static final String STYLESHEET = "/dev/phaseshift/app/connect/connect.css";
    private static final double WIDTH = 640;

    private final SearchViewModel viewModel;
    private final Node anchor;
    private final Popup popup = new Popup();
    private final TextField field = TextFields.createClearableTextField();
    private final ListView<SearchHit> list = new ListView<>();
    private boolean syncing;

    /** @param anchor the node whose window the popup opens over */
    public SearchView(SearchViewModel viewModel, Node anchor) {
        this.viewModel = viewModel;
        this.anchor = anchor;
        field.setId("searchField");
        field.setPromptText("Search services, tables, columns, views, consumer versions");
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.setId("searchHits");
        list.setItems(viewModel.hits());
        list.setPrefHeight(360);
        list.setFocusTraversable(false);
        list.setCellFactory(lv -> new HitCell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedIndex() >= 0) {
                viewModel.highlightedProperty().set(list.getSelectionModel().getSelectedIndex());
                viewModel.accept();
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!syncing && now.intValue() >= 0) {
                viewModel.highlightedProperty().set(now.intValue());
            }
        });
        viewModel.highlightedProperty().addListener((obs, old, now) -> highlight(now.intValue()));
        // new hits clear the list's selection even when the highlighted index stays the same
        viewModel.hits().addListener((javafx.collections.ListChangeListener<SearchHit>) c ->
                highlight(viewModel.highlightedProperty().get()));
        Label summary = new Label();
        summary.getStyleClass().add("search-summary");
        summary.textProperty().bind(Bindings.concat(viewModel.summaryProperty(),
                "   ↑↓ move · Enter select · Esc close"));
        VBox box = new VBox(field, list, summary);
        box.setId("searchPopup");
        box.getStyleClass().add("search-everywhere");
        box.setPrefWidth(WIDTH);
        box.getStylesheets().add(Objects.requireNonNull(SearchView.class.getResource(STYLESHEET)).toExternalForm());
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setOnHidden(e -> viewModel.close());
        viewModel.showingProperty().addListener((obs, old, now) -> {
            if (now) {
                show();
            } else {
                popup.hide();
            }
        });
    }

    private void show() {
        Window window = anchor.getScene() == null ? null : anchor.getScene().getWindow();
        if (window == null) {
            viewModel.close();
            return;
        }
        Bounds bounds = anchor.localToScreen(anchor.getBoundsInLocal());
        double x = bounds == null ? window.getX() + 80 : bounds.getMinX() + (bounds.getWidth() - WIDTH) / 2;
        double y = bounds == null ? window.getY() + 80 : bounds.getMinY() + 60;
        popup.show(window, x, y);
        field.requestFocus();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> viewModel.highlightNext();
            case UP -> viewModel.highlightPrevious();
            case ENTER -> viewModel.accept();
            case ESCAPE -> viewModel.close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void highlight(int index) {
        syncing = true;
        try {
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(index);
                list.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            syncing = false;
        }
    }

    /** The hit's name and what it is. */
    private static final class HitCell extends ListCell<SearchHit> {
        private final Label label = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(1, label, detail);

        HitCell() {
            label.getStyleClass().add("search-label");
            detail.getStyleClass().add("search-detail");
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            label.setText(hit.label());
            detail.setText(hit.detail());
            setGraphic(box);
        }
    }
}
