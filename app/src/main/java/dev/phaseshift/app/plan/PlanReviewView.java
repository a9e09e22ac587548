package dev.phaseshift.app.plan;

import dev.phaseshift.app.findings.SeverityCell;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.phaseshift.estate.Severity;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableIntegerValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Plan review tab: a header with the plan, its verdict and its commands; the phases and steps above; the
 * findings, the predicted locks and the compatibility matrix below. Stacked rather than side by side, since the
 * central tab is often narrower than the tables are wide.
 */
public final class PlanReviewView extends BorderPane {
    private static final String STYLESHEET = "/dev/phaseshift/app/plan/plan-review.css";

    private final PlanReviewViewModel viewModel;
    private final TreeTableView<PlanRow> steps = new TreeTableView<>();
    private final VBox problems = new VBox(2);
    private final VBox locks = new VBox(10);
    private final MatrixGrid matrix = new MatrixGrid();
    private final VBox reasons = new VBox(4);
    private final Label status = new Label();
    private final FontIcon statusIcon = new FontIcon();

    public PlanReviewView(PlanReviewViewModel viewModel) {
        this.viewModel = viewModel;
        setId("planReview");
        getStyleClass().add("plan-review");
        getStylesheets().add(Objects.requireNonNull(PlanReviewView.class.getResource(STYLESHEET), STYLESHEET)
                .toExternalForm());

        setTop(header());
        SplitPane split = new SplitPane(stepsTable(), details());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        split.getStyleClass().add("plan-split");
        setCenter(split);

        viewModel.phases().addListener((ListChangeListener<PlanRow>) c -> fillSteps());
        viewModel.problems().addListener((ListChangeListener<String>) c -> fillProblems());
        viewModel.locks().addListener((ListChangeListener<LockLines>) c -> fillLocks());
        viewModel.matrix().addListener((ListChangeListener<MatrixRow>) c -> fillMatrix());
        viewModel.reasons().addListener((ListChangeListener<MatrixMark>) c -> fillReasons());
        viewModel.statusProperty().addListener((obs, old, now) -> showVerdict());
        viewModel.loadingProperty().addListener((obs, old, now) -> showVerdict());
        fillSteps();
        fillProblems();
        fillLocks();
        fillMatrix();
        fillReasons();
        showVerdict();
    }

    // ---- header --------------------------------------------------------------------------------------------

    private Node header() {
        FontIcon icon = new FontIcon(Material2AL.FACT_CHECK);
        icon.getStyleClass().add("plan-icon");
        Label name = new Label();
        name.setId("planName");
        name.getStyleClass().add(Styles.TITLE_4);
        name.textProperty().bind(Bindings.when(viewModel.nameProperty().isEmpty()).then("No plan open")
                .otherwise(viewModel.nameProperty()));
        name.setMinWidth(0);
        ProgressIndicator busy = new ProgressIndicator(-1);
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.loadingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button reload = new Button("Reload", new FontIcon(Material2MZ.REFRESH));
        reload.setId("planReload");
        reload.getStyleClass().add(Styles.SMALL);
        reload.setTooltip(new Tooltip("Read the plan file again and review it (F5)"));
        reload.disableProperty().bind(viewModel.canReloadBinding().not());
        reload.setOnAction(e -> viewModel.reload());
        Button export = new Button("Export report…", new FontIcon(Material2MZ.SAVE_ALT));
        export.setId("planExport");
        export.getStyleClass().add(Styles.SMALL);
        export.setTooltip(new Tooltip("Save the simulated dry-run report of this plan as an HTML page"));
        export.disableProperty().bind(viewModel.canExportBinding().not());
        export.setOnAction(e -> viewModel.exportReport());
        for (Button b : List.of(reload, export)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox title = new HBox(8, icon, name, busy, spacer, reload, export);
        title.setAlignment(Pos.CENTER_LEFT);

        Label origin = new Label();
        origin.setId("planOrigin");
        origin.getStyleClass().addAll("code", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        origin.textProperty().bind(viewModel.originProperty());
        origin.visibleProperty().bind(viewModel.originProperty().isNotEmpty());
        origin.managedProperty().bind(origin.visibleProperty());

        status.setId("planStatus");
        status.getStyleClass().add("plan-status");
        status.setGraphic(statusIcon);
        status.setMinWidth(0);
        Label errors = countBadge("planErrors", viewModel.errorsProperty(), "error", "badge-danger");
        Label warnings = countBadge("planWarnings", viewModel.warningsProperty(), "warning", "badge-warning");
        Label breaks = countBadge("planBreaks", viewModel.breaksProperty(), "consumer break", "badge-danger");
        HBox badges = new HBox(6, errors, warnings, breaks);
        badges.setAlignment(Pos.CENTER_LEFT);
        badges.visibleProperty().bind(viewModel.readableProperty());
        badges.managedProperty().bind(badges.visibleProperty());
        Label message = new Label();
        message.setId("planMessage");
        message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        message.textProperty().bind(viewModel.messageProperty());
        message.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox verdict = new HBox(10, status, badges, gap, message);
        verdict.setAlignment(Pos.CENTER_LEFT);

        problems.setId("planProblems");
        problems.getStyleClass().add("plan-problems");
        problems.visibleProperty().bind(Bindings.isNotEmpty(viewModel.problems()));
        problems.managedProperty().bind(problems.visibleProperty());

        VBox header = new VBox(4, title, origin, verdict, problems);
        header.getStyleClass().add("plan-header");
        return header;
    }

    private static Label countBadge(String id, ObservableIntegerValue count, String noun,
                                    String alarm) {
        Label badge = new Label();
        badge.setId(id);
        badge.getStyleClass().addAll("item-badge", "plan-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Runnable update = () -> {
            int n = count.get();
            badge.setText(PlanReview.plural(n, noun));
            badge.getStyleClass().remove(alarm);
            if (n > 0) {
                badge.getStyleClass().add(alarm);
            }
        };
        count.addListener((obs, old, now) -> update.run());
        update.run();
        return badge;
    }

    private void showVerdict() {
        status.setText(viewModel.statusProperty().get());
        PlanReview review = viewModel.reviewProperty().get();
        statusIcon.getStyleClass().removeAll("level-error", "level-warning", "level-ok", "level-info");
        if (viewModel.loadingProperty().get() || review == null) {
            statusIcon.setIconCode(Material2AL.INFO);
            statusIcon.getStyleClass().add("level-info");
        } else if (!review.readable() || review.errors() > 0 || review.breaks() > 0
                || review.simulationErrors() > 0) {
            statusIcon.setIconCode(Material2AL.ERROR);
            statusIcon.getStyleClass().add("level-error");
        } else if (review.warnings() > 0) {
            statusIcon.setIconCode(Material2MZ.WARNING);
            statusIcon.getStyleClass().add("level-warning");
        } else {
            statusIcon.setIconCode(Material2AL.CHECK_CIRCLE);
            statusIcon.getStyleClass().add("level-ok");
        }
    }

    private void fillProblems() {
        problems.getChildren().setAll(viewModel.problems().stream().map(text -> {
            Label line = new Label(text, SeverityCell.icon(text.contains(": error: ") || text.startsWith("error: ")
                    ? Severity.ERROR : Severity.WARNING));
            line.getStyleClass().addAll("code", "plan-problem");
            line.setWrapText(true);
            return (Node) line;
        }).toList());
    }

    // ---- phases and steps ----------------------------------------------------------------------------------

    private Node stepsTable() {
        steps.setId("planSteps");
        steps.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "plan-steps");
        steps.setShowRoot(false);
        steps.setRoot(new TreeItem<>());
        // step ids and lock lines are long: columns keep their width and the table scrolls sideways rather
        // than cutting every cell short
        steps.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        Label none = new Label();
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.textProperty().bind(Bindings.when(viewModel.sourceProperty().isNull())
                .then(PlanReviewViewModel.NO_PLAN)
                .otherwise(Bindings.when(viewModel.loadingProperty()).then("Reviewing the plan…")
                        .otherwise("Nothing to show: fix the problems above, then reload (F5).")));
        steps.setPlaceholder(none);

        TreeTableColumn<PlanRow, PlanRow> step = new TreeTableColumn<>("Phase / step");
        step.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        step.setCellFactory(c -> new StepCell());
        step.setPrefWidth(370);
        step.setMinWidth(160);
        step.setSortable(false);
        TreeTableColumn<PlanRow, String> service = textColumn("Service", r -> r.isPhase() ? "" : r.service(), 96);
        TreeTableColumn<PlanRow, String> operation = textColumn("Operation", PlanRow::operation, 124);
        TreeTableColumn<PlanRow, String> lint = textColumn("Lint", PlanRow::findingsText, 100);
        TreeTableColumn<PlanRow, String> lockColumn = textColumn("Locks", PlanRow::locks, 620);
        // the locks matter most to a reviewer after the step itself; the service is mostly in the step's id
        List.of(step, operation, lint, lockColumn, service).forEach(steps.getColumns()::add);

        PseudoClass phaseRow = PseudoClass.getPseudoClass("phase");
        steps.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(PlanRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(phaseRow,
                        !empty && row != null && row.isPhase());
                setTooltip(empty || row == null ? null : wrapping(row.isPhase()
                        ? "phase " + row.title() + " (" + row.service() + "): " + row.operation()
                        + (row.locks().isEmpty() ? "" : "\n" + row.locks())
                        : "step " + row.stepId() + " (" + row.service() + "): " + row.operation()
                        + "\n" + row.locks()));
            }
        });
        steps.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            PlanRow row = now == null ? null : now.getValue();
            viewModel.selectStep(row == null || row.isPhase() ? null : row.stepId());
        });
        return steps;
    }

    private static TreeTableColumn<PlanRow, String> textColumn(String title, Function<PlanRow, String> value,
                                                              double width) {
        TreeTableColumn<PlanRow, String> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue() == null ? ""
                : value.apply(c.getValue().getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 70));
        column.setSortable(false);
        return column;
    }

    private void fillSteps() {
        TreeItem<PlanRow> root = new TreeItem<>();
        for (PlanRow phase : viewModel.phases()) {
            TreeItem<PlanRow> item = new TreeItem<>(phase);
            phase.children().forEach(s -> item.getChildren().add(new TreeItem<>(s)));
            item.setExpanded(true);
            root.getChildren().add(item);
        }
        steps.setRoot(root);
    }

    /** The phase or step name with an icon saying how its lint went. */
    private static final class StepCell extends TreeTableCell<PlanRow, PlanRow> {
        @Override
        protected void updateItem(PlanRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("plan-phase-cell");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(row.title());
            if (row.isPhase()) {
                getStyleClass().add("plan-phase-cell");
            }
            setGraphic(row.worst() == null ? okIcon() : SeverityCell.icon(row.worst()));
        }
    }

    // ---- findings, locks, compatibility --------------------------------------------------------------------

    private Node details() {
        Tab findings = new Tab("Findings", findingsPage());
        findings.setId("planFindingsTab");
        findings.setGraphic(new FontIcon(Material2MZ.RULE));
        findings.textProperty().bind(Bindings.size(viewModel.findings()).asString("Findings (%d)"));
        Tab lockTab = new Tab("Locks", scrolling(locks, "planLocks"));
        lockTab.setId("planLocksTab");
        lockTab.setGraphic(new FontIcon(Material2AL.LOCK));
        Tab compatibility = new Tab("Compatibility", compatibilityPage());
        compatibility.setId("planCompatibilityTab");
        compatibility.setGraphic(new FontIcon(Material2MZ.PEOPLE));
        TabPane tabs = new TabPane(findings, lockTab, compatibility);
        tabs.setId("planDetails");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("plan-details");
        return tabs;
    }

    private Node findingsPage() {
        Label caption = new Label();
        caption.setId("planFindingsCaption");
        caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        caption.textProperty().bind(viewModel.findingsCaptionProperty());
        Hyperlink all = new Hyperlink("Show all");
        all.getStyleClass().add(Styles.TEXT_SMALL);
        all.visibleProperty().bind(viewModel.selectedStepProperty().isNotNull());
        all.managedProperty().bind(all.visibleProperty());
        all.setOnAction(e -> steps.getSelectionModel().clearSelection());
        HBox bar = new HBox(8, caption, all);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("plan-page-bar");

        TableView<FindingLine> table = new TableView<>(viewModel.findings());
        table.setId("planFindings");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "plan-findings");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label none = new Label("No lint findings");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(none);
        TableColumn<FindingLine, Severity> severity = new TableColumn<>("Severity");
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(c -> new SeverityCell<>());
        severity.setPrefWidth(96);
        severity.setMinWidth(90);
        table.getColumns().add(severity);
        table.getColumns().add(findingColumn("Code", FindingLine::code, 70));
        table.getColumns().add(findingColumn("Step", FindingLine::stepId, 300));
        table.getColumns().add(findingColumn("Message", FindingLine::message, 560));
        table.getColumns().add(findingColumn("Where", FindingLine::where, 330));
        table.getColumns().add(findingColumn("Rule", FindingLine::rule, 240));
        table.getColumns().add(findingColumn("Service", FindingLine::service, 100));
        table.getColumns().add(findingColumn("What to do", FindingLine::help, 480));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FindingLine line, boolean empty) {
                super.updateItem(line, empty);
                setTooltip(empty || line == null ? null : wrapping(line.text()));
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        // the message and help rarely fit their columns: the selected finding is shown whole below the table
        Label detail = new Label();
        detail.setId("planFindingDetail");
        detail.getStyleClass().add("plan-finding-detail");
        detail.setWrapText(true);
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        Runnable describe = () -> {
            FindingLine line = table.getSelectionModel().getSelectedItem();
            if (line == null && !table.getItems().isEmpty()) {
                line = table.getItems().get(0);
            }
            detail.setText(line == null ? "" : line.message() + (line.help().isEmpty() ? ""
                    : "\nWhat to do: " + line.help()) + (line.where().isEmpty() ? "" : "\nAt " + line.where()));
            detail.setGraphic(line == null ? null : SeverityCell.icon(line.severity()));
        };
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> describe.run());
        table.getItems().addListener((ListChangeListener<FindingLine>) c -> describe.run());
        describe.run();
        detail.visibleProperty().bind(detail.textProperty().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());
        return new VBox(bar, table, detail);
    }

    private static TableColumn<FindingLine, String> findingColumn(String title, Function<FindingLine, String> value,
                                                                  double width) {
        TableColumn<FindingLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void fillLocks() {
        locks.getChildren().clear();
        for (LockLines phase : viewModel.locks()) {
            Label summary = new Label(phase.summary());
            summary.getStyleClass().addAll(Styles.TEXT_BOLD, "plan-lock-phase");
            summary.setWrapText(true);
            VBox lines = new VBox(2);
            lines.getStyleClass().add("plan-lock-steps");
            for (String step : phase.steps()) {
                Label line = new Label(step);
                line.getStyleClass().addAll("code", Styles.TEXT_SMALL);
                line.setWrapText(true);
                lines.getChildren().add(line);
            }
            if (phase.steps().isEmpty()) {
                Label nothing = new Label("no schema steps");
                nothing.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, Styles.TEXT_ITALIC);
                lines.getChildren().add(nothing);
            }
            locks.getChildren().add(new VBox(4, summary, lines));
        }
        if (viewModel.locks().isEmpty()) {
            Label none = new Label("No lock predictions: no plan is reviewed.");
            none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_ITALIC);
            locks.getChildren().add(none);
        }
    }

    private Node compatibilityPage() {
        Label explain = new Label("Each consumer version against the schema before the plan and after each phase.");
        explain.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        explain.setWrapText(true);
        Label legend = new Label("✓ compatible    ✗ breaks while live    — not live at that state    "
                + "(assumed): not declared in the estate, judged as its predecessor under the plan");
        legend.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_SUBTLE);
        matrix.setId("planMatrix");
        reasons.setId("planReasons");
        VBox page = new VBox(8, explain, matrix, legend, reasons);
        return scrolling(page, "planCompatibility");
    }

    private void fillMatrix() {
        matrix.show(viewModel.states(), viewModel.matrix(), viewModel.readableProperty().get()
                ? "The estate declares no consumer contracts to check." : "No plan is reviewed.");
    }

    private void fillReasons() {
        reasons.getChildren().clear();
        if (viewModel.matrix().isEmpty()) {
            return;
        }
        Label title = new Label("WHY");
        title.getStyleClass().add("section-title");
        reasons.getChildren().add(title);
        if (viewModel.reasons().isEmpty()) {
            Label none = new Label("Every consumer version finds every table and column it uses at every state.");
            none.getStyleClass().addAll(Styles.TEXT_MUTED);
            none.setWrapText(true);
            reasons.getChildren().add(none);
            return;
        }
        for (MatrixMark mark : viewModel.reasons()) {
            Label line = new Label(mark.explanation(), mark.verdict() == CellVerdict.BREAKS
                    ? SeverityCell.icon(Severity.ERROR) : SeverityCell.icon(Severity.INFO));
            line.getStyleClass().add(Styles.TEXT_SMALL);
            line.setWrapText(true);
            reasons.getChildren().add(line);
        }
    }

    // ---- shared --------------------------------------------------------------------------------------------

    private static ScrollPane scrolling(Region content, String id) {
        content.getStyleClass().add("plan-page");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    private static FontIcon okIcon() {
        FontIcon icon = new FontIcon(Material2AL.CHECK_CIRCLE_OUTLINE);
        icon.getStyleClass().add("level-ok");
        return icon;
    }

    private static Tooltip wrapping(String text) {
        return MatrixGrid.wrapping(text);
    }
}
