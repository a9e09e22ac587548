package dev.phaseshift.app.editor;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The step editor: a row per field of the selected step, its error under it as soon as the text is wrong, and
 * under the form what the live analysis found wrong with the step. Built anew when another step is selected.
 */
final class StepFormView extends ScrollPane {
    private final StepFormViewModel viewModel;
    private final PlanEditorViewModel editor;
    private final GridPane grid = new GridPane();
    private final VBox problems = new VBox(4);

    StepFormView(PlanEditorViewModel editor) {
        this.editor = editor;
        this.viewModel = editor.stepForm();
        setId("stepForm");
        getStyleClass().addAll("editor-form", Tweaks.EDGE_TO_EDGE);
        setFitToWidth(true);
        Label title = new Label();
        title.setId("stepFormTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(viewModel.titleProperty());
        Label formError = new Label();
        formError.setId("stepFormError");
        formError.getStyleClass().addAll("editor-field-error", Styles.TEXT_SMALL);
        formError.setWrapText(true);
        formError.textProperty().bind(viewModel.formErrorProperty());
        formError.managedProperty().bind(formError.textProperty().isNotEmpty());
        formError.visibleProperty().bind(formError.managedProperty());
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        problems.setId("stepProblems");
        VBox content = new VBox(8, title, grid, formError, problems);
        content.getStyleClass().add("editor-form-content");
        setContent(content);
        viewModel.fields().addListener((ListChangeListener<FieldEditor>) c -> fill());
        viewModel.problems().addListener((ListChangeListener<String>) c -> fillProblems());
        fill();
    }

    private void fill() {
        grid.getChildren().clear();
        if (viewModel.fields().isEmpty()) {
            Label none = new Label("Select a step to edit it, or add one from the palette.");
            none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_ITALIC);
            none.setWrapText(true);
            grid.add(none, 0, 0, 2, 1);
            return;
        }
        int row = 0;
        for (FieldEditor editor : viewModel.fields()) {
            FormField field = editor.field();
            String id = field.key().replaceAll("[^A-Za-z0-9_]", "_");
            Label label = new Label(field.label());
            label.getStyleClass().add("editor-field-label");
            TextField text = new TextField();
            text.setId("field-" + id);
            text.setPromptText(field.kind().hint());
            text.textProperty().bindBidirectional(editor.textProperty());
            text.setDisable(!field.editable());
            text.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    this.editor.sealEdit();
                }
            });
            editor.errorProperty().addListener((obs, old, now) ->
                    text.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
            text.pseudoClassStateChanged(Styles.STATE_DANGER, !editor.errorProperty().get().isEmpty());
            Label error = new Label();
            error.setId("fieldError-" + id);
            error.getStyleClass().addAll("editor-field-error", Styles.TEXT_SMALL);
            error.setWrapText(true);
            error.textProperty().bind(editor.errorProperty());
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            error.visibleProperty().bind(error.managedProperty());
            grid.add(label, 0, row);
            grid.add(text, 1, row++);
            grid.add(error, 1, row++);
        }
        fillProblems();
    }

    private void fillProblems() {
        problems.getChildren().clear();
        for (String problem : viewModel.problems()) {
            Label line = new Label(problem);
            line.getStyleClass().addAll("editor-step-problem", Styles.TEXT_SMALL);
            line.setWrapText(true);
            problems.getChildren().add(line);
        }
    }
}
