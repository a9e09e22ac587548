package dev.phaseshift.app.editor;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The operation palette: a search field over every typed operation; double-click or Enter adds a step. */
final class PaletteView extends VBox {
    PaletteView(PlanEditorViewModel viewModel) {
        super(6);
        setId("editorPalette");
        getStyleClass().add("editor-palette");
        Label title = new Label("Operations");
        title.getStyleClass().add(Styles.TITLE_4);
        TextField search = new TextField();
        search.setId("paletteSearch");
        search.setPromptText("Search operations");
        search.textProperty().addListener((obs, old, now) -> viewModel.searchPalette(now));
        ListView<String> list = new ListView<>(viewModel.palette());
        list.setId("paletteList");
        list.getStyleClass().add(Styles.DENSE);
        VBox.setVgrow(list, Priority.ALWAYS);
        Runnable add = () -> {
            String chosen = list.getSelectionModel().getSelectedItem();
            if (chosen == null && list.getItems().size() == 1) {
                chosen = list.getItems().get(0);
            }
            if (chosen != null) {
                viewModel.addStep(chosen);
            }
        };
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                add.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                add.run();
            }
        });
        search.setOnAction(e -> add.run());
        Button addButton = new Button("Add step", new FontIcon(Material2AL.ADD));
        addButton.setId("paletteAdd");
        addButton.setMaxWidth(Double.MAX_VALUE);
        addButton.setOnAction(e -> add.run());
        addButton.disableProperty().bind(viewModel.openBinding().not());
        Label hint = new Label("Adds to the selected phase");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        getChildren().addAll(title, search, list, addButton, hint);
    }
}
