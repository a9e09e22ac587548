package dev.phaseshift.app.dryrun;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.function.Function;

/** The dry-run window: servers and rows, Run / Cancel with progress, then steps, timeline and verdicts. */
public final class DryRunView extends VBox {
    private final VBox verdicts = new VBox(6);

    public DryRunView(DryRunViewModel viewModel, Runnable close) {
        setId("dryRunView");
        getStyleClass().add("tool-window");

        Label title = new Label("Dry-run " + viewModel.planName());
        title.getStyleClass().add(Styles.TITLE_3);
        Label subtitle = new Label("Shadow databases of " + String.join(", ", viewModel.services())
                + " on scratch servers; dropped after the run, also when it fails or is cancelled.");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        VBox header = new VBox(2, title, subtitle);
        header.getStyleClass().add("tool-header");

        GridPane servers = new GridPane();
        servers.setHgap(10);
        servers.setVgap(6);
        int row = 0;
        for (ScratchChoice choice : viewModel.scratch()) {
            TextField url = new TextField();
            url.setId("scratch-" + choice.engine().id());
            url.setPromptText(choice.engine().id().equals("postgresql") ? "jdbc:postgresql://HOST:5432/postgres?user=U"
                    : "jdbc:mysql://HOST:3306/?user=U");
            url.textProperty().bindBidirectional(choice.urlProperty());
            url.setPrefColumnCount(36);
            GridPane.setHgrow(url, Priority.ALWAYS);
            Label origin = new Label();
            origin.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            origin.textProperty().bind(choice.originProperty());
            servers.addRow(row++, new Label(choice.engine().displayName() + " scratch"), url, origin);
        }
        ComboBox<RowsChoice> rows = new ComboBox<>();
        rows.setId("dryRunRows");
        rows.getItems().setAll(RowsChoice.values());
        rows.valueProperty().bindBidirectional(viewModel.rowsProperty());
        Spinner<Integer> count = new Spinner<>(1, 1_000_000, viewModel.rowsPerTableProperty().get(), 100);
        count.setId("dryRunRowCount");
        count.setEditable(true);
        count.setPrefWidth(110);
        count.valueProperty().addListener((obs, old, now) -> viewModel.rowsPerTableProperty().set(now));
        count.disableProperty().bind(viewModel.rowsProperty().isEqualTo(RowsChoice.EMPTY));
        Label perTable = new Label("rows per table");
        HBox rowsLine = new HBox(8, rows, count, perTable);
        rowsLine.setAlignment(Pos.CENTER_LEFT);
        servers.addRow(row, new Label("Rows"), rowsLine);
        servers.getStyleClass().add("tool-options");
        servers.disableProperty().bind(viewModel.runningProperty());

        Button run = new Button("Run", new FontIcon(Material2MZ.PLAY_ARROW));
        run.setId("dryRunRun");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(viewModel.canRunBinding().not());
        run.setOnAction(e -> viewModel.run());
        Button cancel = new Button("Cancel run", new FontIcon(Material2MZ.STOP));
        cancel.setId("dryRunCancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not().or(viewModel.cancellingProperty()));
        cancel.setOnAction(e -> viewModel.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("dryRunProgress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label verdict = new Label();
        verdict.setId("dryRunVerdict");
        verdict.textProperty().bind(viewModel.verdictProperty().map(v -> v.isEmpty() ? "" : v.toUpperCase()));
        viewModel.verdictProperty().addListener((obs, old, now) -> {
            verdict.getStyleClass().removeAll("verdict-passed", "verdict-failed", "verdict-cancelled");
            if (!now.isEmpty()) {
                verdict.getStyleClass().add("verdict-" + now);
            }
        });
        verdict.getStyleClass().add("dry-run-verdict");
        HBox actions = new HBox(8, run, cancel, progress, verdict);
        actions.setAlignment(Pos.CENTER_LEFT);

        TableView<StepLine> table = steps(viewModel);
        TimelinePane timeline = new TimelinePane();
        timeline.setId("dryRunTimeline");
        viewModel.timelineProperty().addListener((obs, old, now) -> timeline.show(now));
        ScrollPane timelineScroll = new ScrollPane(timeline);
        timelineScroll.setFitToWidth(true);
        VBox legend = new VBox(6, timelineScroll, legend());
        verdicts.setId("dryRunVerdicts");
        ScrollPane verdictScroll = new ScrollPane(verdicts);
        verdictScroll.setFitToWidth(true);
        viewModel.verdicts().addListener((ListChangeListener<VerdictLine>) c -> showVerdicts(viewModel));
        showVerdicts(viewModel);
        TabPane results = new TabPane(new Tab("Steps", table), new Tab("Timeline", legend),
                new Tab("Verdicts", verdictScroll));
        results.setId("dryRunResults");
        results.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(results, Priority.ALWAYS);

        Label message = new Label();
        message.setId("dryRunMessage");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(viewModel.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button report = new Button("Open HTML report", new FontIcon(Material2AL.LANGUAGE));
        report.setId("dryRunReport");
        report.disableProperty().bind(viewModel.reportProperty().isNull().or(viewModel.runningProperty()));
        report.setOnAction(e -> viewModel.openReport());
        Button closeButton = new Button("Close");
        closeButton.setId("dryRunClose");
        closeButton.disableProperty().bind(viewModel.runningProperty());
        closeButton.setOnAction(e -> close.run());
        HBox footer = new HBox(8, message, report, closeButton);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.getStyleClass().add("tool-footer");

        VBox body = new VBox(10, servers, actions, results);
        body.getStyleClass().add("tool-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body, footer);
    }

    private static TableView<StepLine> steps(DryRunViewModel viewModel) {
        TableView<StepLine> table = new TableView<>(viewModel.steps());
        table.setId("dryRunSteps");
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Pass", StepLine::pass, 70));
        table.getColumns().add(column("Step", StepLine::stepId, 240));
        table.getColumns().add(column("Service", StepLine::service, 90));
        table.getColumns().add(column("Status", StepLine::status, 70));
        table.getColumns().add(column("ms", l -> Long.toString(l.millis()), 60));
        table.getColumns().add(column("Rows", StepLine::rows, 60));
        table.getColumns().add(column("Locks / error", l -> l.error().isEmpty() ? l.locks() : l.error(), 260));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StepLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("step-failed");
                if (!empty && item != null && !item.ok()) {
                    getStyleClass().add("step-failed");
                }
            }
        });
        table.setPlaceholder(new Label("Steps appear here as the run reaches them."));
        return table;
    }

    private static TableColumn<StepLine, String> column(String title, Function<StepLine, String> value,
                                                        double width) {
        TableColumn<StepLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static HBox legend() {
        Label blocks = new Label("writers wait");
        blocks.setGraphic(swatch("blocks"));
        Label passes = new Label("writes pass");
        passes.setGraphic(swatch("passes"));
        Label steps = new Label("step, numbered in plan order");
        steps.setGraphic(swatch("step"));
        HBox legend = new HBox(16, steps, blocks, passes);
        legend.getStyleClass().addAll("timeline-legend", Styles.TEXT_SMALL);
        return legend;
    }

    private static javafx.scene.shape.Rectangle swatch(String kind) {
        javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle(14, 8);
        r.getStyleClass().addAll("legend-swatch", kind);
        return r;
    }

    private void showVerdicts(DryRunViewModel viewModel) {
        verdicts.getChildren().clear();
        if (viewModel.verdicts().isEmpty()) {
            Label none = new Label("Rollback, idempotence and reversibility verdicts appear after a run.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            verdicts.getChildren().add(none);
        }
        for (VerdictLine line : viewModel.verdicts()) {
            Label head = new Label(line.check() + ": " + line.verdict());
            head.getStyleClass().addAll(Styles.TEXT_BOLD, "verdict-" + line.verdict());
            VBox box = new VBox(2, head);
            if (!line.detail().isEmpty()) {
                Label detail = new Label(line.detail());
                detail.getStyleClass().add(Styles.TEXT_MUTED);
                detail.setWrapText(true);
                box.getChildren().add(detail);
            }
            for (String difference : line.differences()) {
                Label diff = new Label("• " + difference);
                diff.getStyleClass().add("code");
                diff.setWrapText(true);
                box.getChildren().add(diff);
            }
            verdicts.getChildren().add(box);
        }
    }
}
