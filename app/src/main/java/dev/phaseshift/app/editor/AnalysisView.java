package dev.phaseshift.app.editor;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.phaseshift.app.findings.SeverityCell;
import dev.phaseshift.app.plan.FindingLine;
import dev.phaseshift.app.plan.MatrixGrid;
import dev.phaseshift.app.plan.MatrixRow;
import dev.phaseshift.estate.Severity;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** What the live analysis found, below the board: lint findings, validation problems, the compatibility matrix. */
final class AnalysisView extends TabPane {
    private final PlanEditorViewModel viewModel;
    private final MatrixGrid matrix = new MatrixGrid();
    private final Tab findingsTab = new Tab();
    private final Tab problemsTab = new Tab();

    AnalysisView(PlanEditorViewModel viewModel) {
        this.viewModel = viewModel;
        setId("editorAnalysis");
        getStyleClass().add(Styles.TABS_FLOATING);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);

        TableView<FindingLine> findings = new TableView<>(viewModel.findings());
        findings.setId("editorFindings");
        findings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        findings.setPlaceholder(new Label("No lint findings"));
        TableColumn<FindingLine, Severity> severity = new TableColumn<>("Severity");
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(c -> new SeverityCell<>());
        severity.setPrefWidth(90);
        findings.getColumns().add(severity);
        findings.getColumns().add(column("Rule", 150, FindingLine::rule));
        findings.getColumns().add(column("Step", 220, FindingLine::stepId));
        findings.getColumns().add(column("Message", 500, FindingLine::message));
        findings.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectStep(now.stepId());
            }
        });
        findingsTab.setContent(findings);
        findingsTab.setId("editorFindingsTab");

        ListView<String> problems = new ListView<>(viewModel.problems());
        problems.setId("editorProblems");
        problems.setPlaceholder(new Label("The plan validates"));
        problemsTab.setContent(problems);
        problemsTab.setId("editorProblemsTab");

        matrix.setId("editorMatrix");
        matrix.setOnCellClicked(viewModel::selectCell);
        Label legend = new Label("✓ compatible    ✗ breaks while live (click: select the cause)    — not live    "
                + "(assumed): not declared in the estate, judged as its predecessor under the plan");
        legend.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_SUBTLE);
        VBox page = new VBox(8, matrix, legend);
        page.getStyleClass().add("plan-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        Tab matrixTab = new Tab("Compatibility matrix", scroll);
        matrixTab.setId("editorMatrixTab");

        getTabs().addAll(findingsTab, problemsTab, matrixTab);
        viewModel.findings().addListener((ListChangeListener<FindingLine>) c -> captions());
        viewModel.problems().addListener((ListChangeListener<String>) c -> captions());
        viewModel.matrix().addListener((ListChangeListener<MatrixRow>) c -> fillMatrix());
        captions();
        fillMatrix();
    }

    /** Shows the matrix page. */
    void showMatrix() {
        getSelectionModel().select(2);
    }

    private void captions() {
        findingsTab.setText("Findings (" + viewModel.findings().size() + ")");
        problemsTab.setText("Validation (" + viewModel.problems().size() + ")");
    }

    private void fillMatrix() {
        matrix.show(viewModel.states(), viewModel.matrix(), viewModel.reviewProperty().get() == null
                ? "Not analysed yet: the matrix needs an open estate." : "The estate declares no consumer contracts.");
    }

    private static TableColumn<FindingLine, String> column(String title, double width,
                                                           Function<FindingLine, String> value) {
        TableColumn<FindingLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
