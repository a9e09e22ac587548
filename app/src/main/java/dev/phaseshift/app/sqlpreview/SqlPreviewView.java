package dev.phaseshift.app.sqlpreview;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;
import java.util.Locale;

/** The SQL preview: scope, direction and versions on top, the highlighted SQL below, Copy at the bottom. */
public final class SqlPreviewView extends VBox {
    private final TextFlow sql = new TextFlow();

    public SqlPreviewView(SqlPreviewViewModel viewModel, Runnable close) {
        setId("sqlPreview");
        getStyleClass().add("tool-window");

        Label title = new Label("SQL of " + viewModel.planName());
        title.getStyleClass().add(Styles.TITLE_3);
        Label summary = new Label();
        summary.setId("sqlSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(viewModel.summaryProperty());
        VBox header = new VBox(2, title, summary);
        header.getStyleClass().add("tool-header");

        ComboBox<SqlScope> scope = new ComboBox<>();
        scope.setId("sqlScope");
        scope.getItems().setAll(viewModel.scopes());
        scope.valueProperty().bindBidirectional(viewModel.scopeProperty());
        CheckBox rollback = new CheckBox("Rollback");
        rollback.setId("sqlRollback");
        rollback.selectedProperty().bindBidirectional(viewModel.rollbackProperty());
        HBox options = new HBox(10, new Label("Show"), scope, rollback);
        options.setAlignment(Pos.CENTER_LEFT);
        FlowPane versions = new FlowPane(14, 6);
        for (ServiceDialect dialect : viewModel.dialects()) {
            ComboBox<ServerVersion> version = new ComboBox<>();
            version.setId("sqlVersion-" + dialect.service());
            version.getItems().setAll(dialect.choices());
            version.valueProperty().bindBidirectional(dialect.selectedProperty());
            HBox item = new HBox(6, new Label(dialect.service()), version);
            item.setAlignment(Pos.CENTER_LEFT);
            versions.getChildren().add(item);
        }
        VBox controls = new VBox(8, options, versions);
        controls.getStyleClass().add("tool-options");

        sql.setId("sqlText");
        sql.getStyleClass().add("sql-text");
        ScrollPane scroll = new ScrollPane(sql);
        scroll.getStyleClass().add("sql-scroll");
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        viewModel.tokensProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.tokensProperty().get());

        Button copy = new Button("Copy", new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId("sqlCopy");
        copy.setOnAction(e -> copy(viewModel.textProperty().get()));
        setOnKeyPressed(e -> {
            if (KeyCombination.keyCombination("Shortcut+C").match(e) || e.getCode() == KeyCode.COPY) {
                copy(viewModel.textProperty().get());
                e.consume();
            }
        });
        Button closeButton = new Button("Close");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        HBox footer = new HBox(8, copy, closeButton);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.getStyleClass().add("tool-footer");

        VBox body = new VBox(10, controls, scroll);
        body.getStyleClass().add("tool-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body, footer);
    }

    private void show(List<SqlToken> tokens) {
        sql.getChildren().setAll(tokens.stream().map(t -> {
            Text text = new Text(t.text());
            text.getStyleClass().addAll("sql", "sql-" + t.kind().name().toLowerCase(Locale.ROOT));
            return text;
        }).toList());
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
