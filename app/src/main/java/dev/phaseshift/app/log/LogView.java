package dev.phaseshift.app.log;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.phaseshift.app.findings.FindingsView;
import dev.phaseshift.app.findings.FindingsViewModel;
import dev.phaseshift.estate.Problem;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** The bottom panel: the log, and the findings of the open estate (later also the lint results of plans). */
public final class LogView extends TabPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    public LogView(LogViewModel viewModel, FindingsViewModel findingsViewModel) {
        setId("logPane");
        getStyleClass().addAll("bottom-tabs", Styles.DENSE);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setMinHeight(60);

        Tab log = new Tab("Log", logTable(viewModel));
        log.setId("logTab");
        log.setGraphic(new FontIcon(Material2AL.LIST_ALT));
        Tab findings = new Tab("Findings", new FindingsView(findingsViewModel));
        findings.textProperty().bind(Bindings.createStringBinding(() -> findingsViewModel.summaryProperty().get()
                .isEmpty() ? "Findings" : "Findings (" + findingsViewModel.summaryProperty().get() + ")",
                findingsViewModel.summaryProperty()));
        findings.setId("findingsTab");
        findings.setGraphic(new FontIcon(Material2AL.FACT_CHECK));
        getTabs().addAll(log, findings);
        // errors in the estate file are worth a look before anything else: bring their tab forward
        findingsViewModel.findings().addListener((ListChangeListener<Problem>) c -> {
            if (findingsViewModel.findings().stream().anyMatch(Problem::isError)) {
                getSelectionModel().select(findings);
            }
        });
    }

    private static TableView<LogEntry> logTable(LogViewModel viewModel) {
        TableView<LogEntry> table = new TableView<>(viewModel.entries());
        table.setId("logTable");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "log-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("Nothing logged yet"));

        TableColumn<LogEntry, String> time = new TableColumn<>("Time");
        time.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(TIME.format(c.getValue().time())));
        time.getStyleClass().add("log-time");
        time.setPrefWidth(80);
        time.setMinWidth(70);
        time.setMaxWidth(90);

        TableColumn<LogEntry, LogLevel> level = new TableColumn<>("Level");
        level.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().level()));
        level.setCellFactory(c -> new LevelCell());
        level.setPrefWidth(96);
        level.setMinWidth(80);
        level.setMaxWidth(110);

        TableColumn<LogEntry, String> message = new TableColumn<>("Message");
        message.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().message()));
        message.setPrefWidth(900);

        table.getColumns().add(time);
        table.getColumns().add(level);
        table.getColumns().add(message);

        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> {
            String text = table.getSelectionModel().getSelectedItems().stream()
                    .map(entry -> TIME.format(entry.time()) + " " + entry.level() + " " + entry.message())
                    .collect(Collectors.joining("\n"));
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        copy.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        MenuItem clear = new MenuItem("Clear log");
        clear.setOnAction(e -> viewModel.clear());
        table.setContextMenu(new ContextMenu(copy, clear));

        viewModel.entries().addListener((ListChangeListener<LogEntry>) c -> {
            if (!table.getItems().isEmpty()) {
                table.scrollTo(table.getItems().size() - 1);
            }
        });
        return table;
    }

    /** The level as a coloured icon and word. */
    private static final class LevelCell extends TableCell<LogEntry, LogLevel> {
        @Override
        protected void updateItem(LogLevel level, boolean empty) {
            super.updateItem(level, empty);
            if (empty || level == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(level.name().toLowerCase(Locale.ROOT));
            FontIcon icon = switch (level) {
                case INFO -> new FontIcon(Material2AL.INFO);
                case WARNING -> new FontIcon(Material2MZ.WARNING);
                case ERROR -> new FontIcon(Material2AL.ERROR);
            };
            icon.getStyleClass().add("level-" + level.name().toLowerCase(Locale.ROOT));
            setGraphic(icon);
        }
    }
}
