package dev.phaseshift.app.editor;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.phaseshift.estate.Severity;
import dev.phaseshift.plan.PhaseKind;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Locale;

/**
 * The board: a column per phase, its header with the gates and consumer deployments, then its step cards. Cards
 * and deployments are dragged with the mouse (a full press-drag-release gesture inside the scene, so it needs no
 * platform drag and drop): a card dropped on a card goes before it, dropped elsewhere on a column goes to its
 * end; a deployment dropped on a column then happens after that phase.
 */
final class PlanBoardView extends ScrollPane {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass DROP = PseudoClass.getPseudoClass("drop-target");
    private static final double COLUMN_WIDTH = 250;

    private final PlanEditorViewModel viewModel;
    private final HBox columns = new HBox(10);
    /** The step id or {@link DeploymentRef} being dragged, or null. */
    private Object dragged;
    /** The gate being edited in place ({@code phase#index}), its values as typed and the field typed in last. */
    private String editedGate;
    private final java.util.Map<String, String> gateDraft = new java.util.LinkedHashMap<>();
    private String gateFocus;

    PlanBoardView(PlanEditorViewModel viewModel) {
        this.viewModel = viewModel;
        setId("editorBoard");
        getStyleClass().addAll("editor-board", Tweaks.EDGE_TO_EDGE);
        columns.getStyleClass().add("editor-columns");
        setContent(columns);
        setFitToHeight(true);
        viewModel.columns().addListener((ListChangeListener<PhaseColumn>) c -> rebuild());
        viewModel.selectedStepProperty().addListener((obs, old, now) -> rebuild());
        viewModel.selectedPhaseProperty().addListener((obs, old, now) -> rebuild());
        viewModel.selectedDeploymentProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        columns.getChildren().setAll(viewModel.columns().stream().map(this::column).toList());
        if (viewModel.columns().isEmpty()) {
            Label none = new Label(viewModel.planProperty().get() == null ? PlanEditorViewModel.NO_PLAN
                    : "No phases yet: add one with + Phase");
            none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_ITALIC);
            columns.getChildren().add(none);
        }
    }

    private Node column(PhaseColumn phase) {
        VBox column = new VBox(6);
        column.setId("phase-" + phase.phaseId());
        column.getStyleClass().addAll("editor-phase", "phase-" + phase.kind().id());
        column.setMinWidth(COLUMN_WIDTH);
        column.setMinHeight(Region.USE_PREF_SIZE);
        column.setPrefWidth(COLUMN_WIDTH);
        column.setMaxWidth(COLUMN_WIDTH);
        column.pseudoClassStateChanged(SELECTED, phase.phaseId().equals(viewModel.selectedPhaseProperty().get())
                && viewModel.selectedStepProperty().get() == null && viewModel.selectedDeploymentProperty().get() == null);
        column.getChildren().add(header(phase));
        for (int i = 0; i < phase.gates().size(); i++) {
            column.getChildren().add(gate(phase, i));
        }
        for (int i = 0; i < phase.deployments().size(); i++) {
            column.getChildren().add(deployment(phase, i));
        }
        VBox cards = new VBox(6);
        cards.getStyleClass().add("editor-cards");
        for (int i = 0; i < phase.steps().size(); i++) {
            cards.getChildren().add(card(phase, i));
        }
        Region rest = new Region();
        rest.getStyleClass().add("editor-drop-rest");
        rest.setMinHeight(40);
        VBox.setVgrow(rest, Priority.ALWAYS);
        column.getChildren().addAll(cards, rest);
        column.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                viewModel.selectPhase(phase.phaseId());
            }
        });
        column.setOnMouseDragEntered(e -> column.pseudoClassStateChanged(DROP, true));
        column.setOnMouseDragExited(e -> column.pseudoClassStateChanged(DROP, false));
        column.setOnMouseDragReleased(e -> {
            column.pseudoClassStateChanged(DROP, false);
            drop(phase.phaseId(), -1);
        });
        return column;
    }

    private Node header(PhaseColumn phase) {
        Label title = new Label(phase.title());
        title.getStyleClass().add("editor-phase-title");
        title.setId("phaseTitle-" + phase.phaseId());
        title.setTooltip(new Tooltip("Double-click to rename"));
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label count = new Label(phase.steps().size() + "");
        count.getStyleClass().addAll("editor-count", Styles.TEXT_SMALL);
        MenuButton menu = new MenuButton();
        menu.setId("phaseMenu-" + phase.phaseId());
        menu.setGraphic(new FontIcon(Material2MZ.MORE_VERT));
        menu.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, Tweaks.NO_ARROW, "editor-phase-menu");
        menu.getItems().addAll(
                action("Rename…", () -> askRename(phase)),
                action("Move left", () -> viewModel.movePhase(phase.phaseId(), -1)),
                action("Move right", () -> viewModel.movePhase(phase.phaseId(), 1)),
                new SeparatorMenuItem());
        for (PhaseKind kind : PhaseKind.values()) {
            MenuItem item = action("Kind: " + kind.id(), () -> viewModel.setPhaseKind(phase.phaseId(), kind));
            item.setDisable(kind == phase.kind());
            menu.getItems().add(item);
        }
        menu.getItems().addAll(new SeparatorMenuItem(),
                action("Add approval gate…", () -> ask("Approval gate", "What must a person confirm?", "")
                        .ifPresent(text -> viewModel.addApprovalGate(phase.phaseId(), text))),
                action("Add wait-for-deployment gate…", () -> ask("Deployment gate",
                        "Wait until this consumer runs this version (service version):", "billing v2")
                        .ifPresent(text -> viewModel.addWaitGate(phase.phaseId(), text))),
                action("Add consumer deployment…", () -> ask("Consumer deployment",
                        "After this phase deploy (service from -> to):", "billing v1 -> v2")
                        .ifPresent(text -> viewModel.addDeployment(phase.phaseId(), text))),
                new SeparatorMenuItem(),
                action("Delete phase", () -> viewModel.removePhase(phase.phaseId())));
        HBox header = new HBox(6, title, count, menu);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("editor-phase-header");
        title.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                rename(header, title, phase);
                e.consume();
            }
        });
        return header;
    }

    private void rename(HBox header, Label title, PhaseColumn phase) {
        TextField field = new TextField(phase.phaseId());
        field.setId("phaseRename-" + phase.phaseId());
        HBox.setHgrow(field, Priority.ALWAYS);
        int at = header.getChildren().indexOf(title);
        header.getChildren().set(at, field);
        field.setOnAction(e -> viewModel.renamePhase(phase.phaseId(), field.getText()));
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && header.getChildren().contains(field)) {
                header.getChildren().set(header.getChildren().indexOf(field), title);
            }
        });
        field.requestFocus();
        field.selectAll();
    }

    private void askRename(PhaseColumn phase) {
        ask("Rename phase", "New name of phase " + phase.phaseId() + ":", phase.phaseId())
                .ifPresent(name -> viewModel.renamePhase(phase.phaseId(), name));
    }

    private Node gate(PhaseColumn phase, int index) {
        Label gate = new Label(phase.gates().get(index), new FontIcon(Material2AL.LOCK));
        gate.setId("gate-" + phase.phaseId() + "-" + index);
        gate.getStyleClass().addAll("editor-gate", Styles.TEXT_SMALL);
        gate.setWrapText(true);
        gate.setTooltip(new Tooltip("Gate: " + phase.gates().get(index) + "\nDouble-click to edit"));
        gate.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(gate, Priority.ALWAYS);
        Button remove = removeButton(() -> viewModel.removeGate(phase.phaseId(), index));
        HBox row = new HBox(4, gate, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(row);
        String key = phase.phaseId() + "#" + index;
        gate.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !key.equals(editedGate)) {
                editedGate = key;
                gateDraft.clear();
                gateFocus = null;
                box.getChildren().add(gateForm(phase.phaseId(), index));
            }
            e.consume();
        });
        if (key.equals(editedGate)) {
            // the board is rebuilt after every analysis: the form comes back with what was typed
            box.getChildren().add(gateForm(phase.phaseId(), index));
        }
        return box;
    }

    /**
     * The gate's fields in place under it, each with its error as it is typed; Enter applies them (one undoable
     * edit), Escape leaves the gate as it was.
     */
    private Node gateForm(String phaseId, int index) {
        VBox form = new VBox(4);
        form.getStyleClass().add("editor-gate-form");
        form.setOnMouseClicked(javafx.event.Event::consume);
        java.util.Map<String, TextField> inputs = new java.util.LinkedHashMap<>();
        for (GateForm.Field field : viewModel.gateFields(phaseId, index)) {
            String id = phaseId + "-" + index + "-" + field.id();
            TextField input = new TextField(gateDraft.getOrDefault(field.id(), field.value()));
            input.setId("gateField-" + id);
            input.setPromptText(field.label());
            Label error = new Label();
            error.setId("gateError-" + id);
            error.getStyleClass().addAll("editor-field-error", Styles.TEXT_SMALL);
            error.setWrapText(true);
            error.managedProperty().bind(error.visibleProperty());
            Runnable check = () -> {
                java.util.Optional<String> problem = viewModel.gateProblem(field.id(), input.getText());
                error.setText(problem.orElse(""));
                error.setVisible(problem.isPresent());
                input.pseudoClassStateChanged(Styles.STATE_DANGER, problem.isPresent());
            };
            check.run();
            input.textProperty().addListener((obs, old, now) -> {
                gateDraft.put(field.id(), now);
                gateFocus = field.id();
                check.run();
            });
            input.setOnAction(e -> {
                java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
                inputs.forEach((name, text) -> values.put(name, text.getText()));
                if (viewModel.editGate(phaseId, index, values)) {
                    editedGate = null;
                    rebuild();
                }
            });
            input.setOnKeyPressed(e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                    editedGate = null;
                    rebuild();
                    e.consume();
                }
            });
            inputs.put(field.id(), input);
            Label caption = new Label(field.label());
            caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            form.getChildren().addAll(caption, input, error);
        }
        TextField focused = inputs.getOrDefault(gateFocus, inputs.values().stream().findFirst().orElse(null));
        if (focused != null) {
            focused.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                    javafx.scene.Scene old, javafx.scene.Scene now) {
                    if (now != null) {
                        obs.removeListener(this);
                        focused.requestFocus();
                        focused.end();
                    }
                }
            });
        }
        return form;
    }

    private Node deployment(PhaseColumn phase, int index) {
        DeploymentRef ref = new DeploymentRef(phase.phaseId(), index);
        Label chip = new Label(phase.deployments().get(index), new FontIcon(Material2MZ.ROCKET));
        chip.setId("deployment-" + phase.phaseId() + "-" + index);
        chip.getStyleClass().add("editor-deployment");
        chip.setTooltip(new Tooltip("Deployed after phase " + phase.phaseId()
                + "; drag it onto another phase to deploy after that one"));
        chip.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(chip, Priority.ALWAYS);
        chip.pseudoClassStateChanged(SELECTED, ref.equals(viewModel.selectedDeploymentProperty().get()));
        chip.setOnMouseClicked(e -> {
            viewModel.selectDeployment(ref);
            e.consume();
        });
        chip.setOnDragDetected(e -> {
            dragged = ref;
            chip.startFullDrag();
            e.consume();
        });
        Button remove = removeButton(() -> viewModel.removeDeployment(ref));
        HBox row = new HBox(4, chip, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node card(PhaseColumn phase, int index) {
        StepCard step = phase.steps().get(index);
        Label id = new Label(step.stepId());
        id.getStyleClass().add("editor-card-id");
        Label what = new Label(step.service() + " · " + step.summary());
        what.getStyleClass().addAll("editor-card-what", Styles.TEXT_SMALL);
        what.setWrapText(true);
        HBox badges = new HBox(4);
        badges.setAlignment(Pos.CENTER_LEFT);
        if (!step.lock().isEmpty()) {
            Label lock = new Label(step.lock());
            lock.getStyleClass().addAll("editor-badge", "lock-badge", lockStyle(step.lock()));
            lock.setTooltip(new Tooltip("Predicted lock: " + step.lock()));
            badges.getChildren().add(lock);
        }
        if (step.findings() > 0) {
            Label findings = new Label(step.findingsText());
            findings.getStyleClass().addAll("editor-badge", "findings-badge",
                    "severity-" + (step.worst() == null ? Severity.INFO : step.worst()).name().toLowerCase(Locale.ROOT));
            badges.getChildren().add(findings);
        }
        VBox card = new VBox(3, id, what, badges);
        card.setId("card-" + step.stepId());
        card.setMinHeight(Region.USE_PREF_SIZE);
        Tooltip.install(card, new Tooltip(step.stepId() + " (" + step.service() + ")\n" + step.summary()
                + (step.lock().isEmpty() ? "" : "\nlock: " + step.lock())
                + (step.findings() == 0 ? "" : "\n" + step.findingsText())));
        card.getStyleClass().add("editor-card");
        card.pseudoClassStateChanged(SELECTED, step.stepId().equals(viewModel.selectedStepProperty().get()));
        card.setOnMouseClicked(e -> {
            viewModel.selectStep(step.stepId());
            e.consume();
        });
        card.setOnDragDetected(e -> {
            dragged = step.stepId();
            card.startFullDrag();
            e.consume();
        });
        card.setOnMouseDragEntered(e -> card.pseudoClassStateChanged(DROP, true));
        card.setOnMouseDragExited(e -> card.pseudoClassStateChanged(DROP, false));
        card.setOnMouseDragReleased(e -> {
            card.pseudoClassStateChanged(DROP, false);
            if (dragged instanceof String) {
                drop(phase.phaseId(), index);
                e.consume();
            }
        });
        ContextMenu menu = new ContextMenu(action("Delete step", () -> viewModel.removeStep(step.stepId())));
        card.setOnContextMenuRequested(e -> menu.show(card, e.getScreenX(), e.getScreenY()));
        return card;
    }

    private void drop(String phaseId, int index) {
        Object what = dragged;
        dragged = null;
        if (what instanceof String stepId) {
            viewModel.moveStep(stepId, phaseId, adjusted(stepId, phaseId, index));
        } else if (what instanceof DeploymentRef deployment) {
            viewModel.moveDeployment(deployment, phaseId);
        }
    }

    /** A card dropped on a later card of its own phase goes before that card once it has left its place. */
    private int adjusted(String stepId, String phaseId, int index) {
        if (index < 0) {
            return index;
        }
        PhaseColumn phase = viewModel.columns().stream().filter(c -> c.phaseId().equals(phaseId)).findFirst()
                .orElse(null);
        if (phase == null) {
            return index;
        }
        for (int i = 0; i < index && i < phase.steps().size(); i++) {
            if (phase.steps().get(i).stepId().equals(stepId)) {
                return index - 1;
            }
        }
        return index;
    }

    private static String lockStyle(String lock) {
        if (lock.endsWith("!") || lock.startsWith("REWRITE")) {
            return "lock-danger";
        }
        if (lock.startsWith("ACCESS EXCLUSIVE") || lock.startsWith("SHARE") || lock.startsWith("EXCLUSIVE")) {
            return "lock-warning";
        }
        return "lock-ok";
    }

    private static Button removeButton(Runnable action) {
        Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
        remove.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, Styles.SMALL, "editor-remove");
        remove.setTooltip(new Tooltip("Remove"));
        remove.setOnAction(e -> action.run());
        return remove;
    }

    private static MenuItem action(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private java.util.Optional<String> ask(String title, String question, String value) {
        TextInputDialog dialog = new TextInputDialog(value);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(question);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        return dialog.showAndWait();
    }
}
