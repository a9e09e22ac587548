package dev.phaseshift.app.export;

import atlantafx.base.theme.Styles;
import dev.phaseshift.export.ExportTarget;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.io.File;

/** The Export dialog: target, directory, the files it would write and the selected one's content. */
public final class ExportView extends VBox {

    public ExportView(ExportViewModel viewModel, Runnable close) {
        setId("exportView");
        getStyleClass().add("tool-window");

        Label title = new Label("Export " + viewModel.planName());
        title.getStyleClass().add(Styles.TITLE_3);
        VBox header = new VBox(2, title, muted("The files phaseshift export would write, before anything is "
                + "written. No database is contacted and no secret is read."));
        header.getStyleClass().add("tool-header");

        ComboBox<ExportTarget> target = new ComboBox<>();
        target.setId("exportTarget");
        target.getItems().setAll(viewModel.targets());
        target.valueProperty().bindBidirectional(viewModel.targetProperty());
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportTarget t) {
                return t == null ? "" : t.id();
            }

            @Override
            public ExportTarget fromString(String text) {
                return ExportTarget.parse(text).orElse(null);
            }
        });
        TextField directory = new TextField();
        directory.setId("exportDirectory");
        directory.textProperty().bindBidirectional(viewModel.directoryProperty());
        HBox.setHgrow(directory, Priority.ALWAYS);
        Button browse = new Button("Browse…", new FontIcon(Material2AL.FOLDER_OPEN));
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export into");
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                viewModel.directoryProperty().set(chosen.getAbsolutePath());
            }
        });
        HBox options = new HBox(10, new Label("Target"), target, new Label("Into"), directory, browse);
        options.setAlignment(Pos.CENTER_LEFT);
        options.getStyleClass().add("tool-options");

        ListView<PreviewFile> files = new ListView<>(viewModel.files());
        files.setId("exportFiles");
        files.getStyleClass().add(Styles.DENSE);
        files.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && files.getSelectionModel().getSelectedItem() != now) {
                files.getSelectionModel().select(now);
            }
        });
        TextArea content = new TextArea();
        content.setId("exportContent");
        content.setEditable(false);
        content.getStyleClass().add("code-area");
        content.textProperty().bind(viewModel.selectedProperty().map(PreviewFile::text).orElse(""));
        SplitPane preview = new SplitPane(files, content);
        preview.setDividerPositions(0.45);
        VBox.setVgrow(preview, Priority.ALWAYS);

        Label message = new Label();
        message.setId("exportMessage");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(viewModel.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button closeButton = new Button("Close");
        closeButton.setId("exportClose");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        Button export = new Button("Export", new FontIcon(Material2AL.GET_APP));
        export.setId("exportWrite");
        export.getStyleClass().add(Styles.ACCENT);
        export.setDefaultButton(true);
        export.disableProperty().bind(viewModel.canExportBinding().not());
        export.setOnAction(e -> viewModel.export());
        HBox footer = new HBox(8, message, closeButton, export);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.getStyleClass().add("tool-footer");

        VBox body = new VBox(10, options, preview);
        body.getStyleClass().add("tool-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body, footer);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
