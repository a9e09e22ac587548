package dev.phaseshift.app.findings;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.Severity;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.stream.Collectors;

/** The findings as a table: severity, message, where, and what to do. */
public final class FindingsView extends TableView<Problem> {

    public FindingsView(FindingsViewModel viewModel) {
        super(viewModel.findings());
        setId("findingsTable");
        getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "findings-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setPlaceholder(placeholder());

        TableColumn<Problem, Severity> severity = new TableColumn<>("Severity");
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(c -> new SeverityCell<>());
        severity.setPrefWidth(96);
        severity.setMinWidth(80);
        severity.setMaxWidth(110);

        TableColumn<Problem, String> message = new TableColumn<>("Finding");
        message.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().message()));
        message.setPrefWidth(420);

        TableColumn<Problem, String> location = new TableColumn<>("Where");
        location.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().location() == null ? "" : c.getValue().location().toString()));
        location.getStyleClass().add("findings-location");
        location.setPrefWidth(260);

        TableColumn<Problem, String> help = new TableColumn<>("What to do");
        help.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().help() == null ? ""
                : c.getValue().help()));
        help.setPrefWidth(420);

        // the message and help are often longer than their column: the whole finding shows on hover
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Problem problem, boolean empty) {
                super.updateItem(problem, empty);
                setTooltip(empty || problem == null ? null : wrapping(problem.toString()));
            }
        });

        getColumns().add(severity);
        getColumns().add(message);
        getColumns().add(location);
        getColumns().add(help);

        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(getSelectionModel().getSelectedItems().stream().map(Problem::toString)
                    .collect(Collectors.joining("\n")));
            Clipboard.getSystemClipboard().setContent(content);
        });
        copy.disableProperty().bind(getSelectionModel().selectedItemProperty().isNull());
        setContextMenu(new ContextMenu(copy));
    }

    private static Tooltip wrapping(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(640);
        return tip;
    }

    private static VBox placeholder() {
        FontIcon icon = new FontIcon(Material2MZ.RULE);
        icon.getStyleClass().add("placeholder-icon");
        Label text = new Label("No findings");
        text.setId("findingsPlaceholder");
        text.getStyleClass().add(Styles.TEXT_MUTED);
        Label hint = new Label("Problems of the estate file and lint findings of the open plan appear here.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_SUBTLE);
        VBox box = new VBox(4, icon, text, hint);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
