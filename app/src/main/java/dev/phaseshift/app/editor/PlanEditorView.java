package dev.phaseshift.app.editor;

import atlantafx.base.theme.Styles;
import dev.phaseshift.plan.PhaseKind;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Objects;

/**
 * The Plan editor tab: a tool bar with the plan's name and the file and undo commands; the palette, the board and
 * the step form side by side; what the live analysis found below.
 */
public final class PlanEditorView extends BorderPane {
    private static final String STYLESHEET = "/dev/phaseshift/app/editor/plan-editor.css";
    private static final String MATRIX_STYLESHEET = "/dev/phaseshift/app/plan/plan-review.css";

    private final AnalysisView analysis;

    public PlanEditorView(PlanEditorViewModel viewModel) {
        setId("planEditor");
        getStyleClass().add("plan-editor");
        getStylesheets().addAll(stylesheet(STYLESHEET), stylesheet(MATRIX_STYLESHEET));

        Label title = new Label();
        title.setId("editorTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(viewModel.titleProperty());
        title.setMinWidth(0);
        title.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> viewModel.fileProperty().get() == null ? null
                        : new Tooltip(viewModel.fileProperty().get().toString()), viewModel.fileProperty()));
        Label status = new Label();
        status.setId("editorStatus");
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.textProperty().bind(viewModel.statusProperty());
        status.setMinWidth(0);
        ProgressIndicator busy = new ProgressIndicator(-1);
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(viewModel.analysingProperty());
        VBox heading = new VBox(2, title, status);
        heading.setMinWidth(0);
        HBox.setHgrow(heading, Priority.ALWAYS);

        Button newPlan = button("New", Material2AL.INSERT_DRIVE_FILE, "New plan", viewModel::newPlan);
        Button open = button("Open", Material2AL.FOLDER_OPEN, "Open plan…", viewModel::chooseAndOpen);
        Button save = button("Save", Material2MZ.SAVE, "Save plan (Ctrl+S)", viewModel::save);
        save.setId("editorSave");
        save.disableProperty().bind(viewModel.openBinding().not());
        Button undo = button(null, Material2MZ.UNDO, null, viewModel::undo);
        undo.setId("editorUndo");
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        undo.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new Tooltip(viewModel.undoTextProperty().get() + " (Ctrl+Z)"), viewModel.undoTextProperty()));
        Button redo = button(null, Material2MZ.REDO, null, viewModel::redo);
        redo.setId("editorRedo");
        redo.disableProperty().bind(viewModel.canRedoProperty().not());
        redo.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new Tooltip(viewModel.redoTextProperty().get() + " (Ctrl+Shift+Z)"),
                viewModel.redoTextProperty()));
        MenuButton addPhase = new MenuButton("Phase", new FontIcon(Material2AL.ADD));
        addPhase.setId("editorAddPhase");
        addPhase.disableProperty().bind(viewModel.openBinding().not());
        for (PhaseKind kind : PhaseKind.values()) {
            MenuItem item = new MenuItem(kind.id());
            item.setOnAction(e -> viewModel.addPhase(kind));
            addPhase.getItems().add(item);
        }
        Region gap = new Region();
        gap.setMinWidth(8);
        HBox bar = new HBox(6, new FontIcon(Material2AL.EDIT), heading, busy, newPlan, open, save, gap, undo,
                redo, addPhase);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("plan-header");
        setTop(bar);

        PaletteView palette = new PaletteView(viewModel);
        PlanBoardView board = new PlanBoardView(viewModel);
        StepFormView form = new StepFormView(viewModel);
        SplitPane sides = new SplitPane(palette, board, form);
        sides.setDividerPositions(0.15, 0.74);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(form, false);
        analysis = new AnalysisView(viewModel);
        SplitPane stack = new SplitPane(sides, analysis);
        stack.setOrientation(Orientation.VERTICAL);
        stack.setDividerPositions(0.64);
        setCenter(stack);
    }

    /** Shows the compatibility matrix below the board. */
    public void showMatrix() {
        analysis.showMatrix();
    }

    private static Button button(String text, org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        if (text == null) {
            button.getStyleClass().add(Styles.BUTTON_ICON);
        }
        if (tip != null) {
            button.setTooltip(new Tooltip(tip));
        }
        button.setOnAction(e -> action.run());
        return button;
    }

    private static String stylesheet(String path) {
        return Objects.requireNonNull(PlanEditorView.class.getResource(path), path).toExternalForm();
    }
}
