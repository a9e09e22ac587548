package dev.phaseshift.app.editor;

import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.Operation;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form of the selected step: its id, its service and a field per operation value. Every change is checked at
 * once: a value that does not make an operation (a required one left empty, a word where a number goes) shows its
 * error under the field and changes nothing; a valid one becomes an edit of the plan, typing into one field
 * counting as one edit for undo. What the live analysis finds wrong with the step is listed under the form.
 */
public final class StepFormViewModel {
    static final String ID = "step id";
    static final String SERVICE = "service";

    /** What the form changes: the plan editor. */
    interface Target {
        Plan plan();

        /** Makes the edit, with the step (perhaps under a new id) staying selected. */
        void edit(Plan next, String editName, String mergeKey, String selectedStepId);
    }

    private final Target target;
    private final ObservableList<FieldEditor> fields = FXCollections.observableArrayList();
    private final ObservableList<FieldEditor> fieldsView = FXCollections.unmodifiableObservableList(fields);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");

    private String stepId;
    private OperationForm form;
    /** The step as the form last showed or made it; a different one in the plan means undo or another edit. */
    private Step shown;
    private boolean loading;

    StepFormViewModel(Target target) {
        this.target = target;
    }

    /** Shows the step with this id, or nothing for null. */
    void show(String id) {
        Step step = id == null ? null : PlanEdits.step(target.plan(), id).orElse(null);
        if (step == null) {
            stepId = null;
            shown = null;
            form = null;
            fields.clear();
            title.set("");
            formError.set("");
            return;
        }
        if (step.equals(shown) && id.equals(stepId)) {
            return;
        }
        stepId = id;
        shown = step;
        form = OperationForm.of(step.operation());
        List<FieldEditor> editors = new ArrayList<>();
        editors.add(new FieldEditor(new FormField(ID, FormField.Kind.TEXT, true, true)));
        editors.add(new FieldEditor(new FormField(SERVICE, FormField.Kind.TEXT, true, true)));
        form.fields().forEach(f -> editors.add(new FieldEditor(f)));
        loading = true;
        try {
            Map<String, String> texts = OperationForm.texts(step.operation());
            for (FieldEditor editor : editors) {
                String key = editor.field().key();
                editor.textProperty().set(key.equals(ID) ? step.id() : key.equals(SERVICE) ? step.service()
                        : texts.getOrDefault(key, ""));
                editor.textProperty().addListener((obs, old, now) -> changed(key));
            }
        } finally {
            loading = false;
        }
        fields.setAll(editors);
        title.set(form.operationName() + " · " + step.id());
        formError.set("");
    }

    /** Follows the plan after an edit or undo: the step's new id, or its new values. */
    void planChanged(String selectedId) {
        show(selectedId);
    }

    void showProblems(List<String> all) {
        problems.setAll(stepId == null ? List.of() : StepProblems.of(all, stepId));
    }

    private void changed(String key) {
        if (loading || stepId == null) {
            return;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        fields.forEach(f -> texts.put(f.field().key(), f.textProperty().get()));
        Map<String, String> errors = new LinkedHashMap<>();
        String id = texts.get(ID).trim();
        String service = texts.get(SERVICE).trim();
        if (id.isEmpty()) {
            errors.put(ID, "the step needs an id");
        } else if (!id.equals(stepId) && PlanEdits.step(target.plan(), id).isPresent()) {
            errors.put(ID, "step \"" + id + "\" exists already");
        }
        if (service.isEmpty()) {
            errors.put(SERVICE, "the step needs a service");
        }
        OperationForm.Outcome outcome = form.build(texts);
        errors.putAll(outcome.errors());
        fields.forEach(f -> f.setError(errors.get(f.field().key())));
        formError.set(errors.getOrDefault("", ""));
        if (!errors.isEmpty()) {
            return;
        }
        Operation operation = outcome.operation();
        Step current = PlanEdits.step(target.plan(), stepId).orElse(null);
        if (current == null) {
            return;
        }
        Step next = new Step(id, service, operation, current.rollback(), current.notes(), current.location());
        if (next.equals(current)) {
            return;
        }
        String old = stepId;
        stepId = id;
        shown = next;
        target.edit(PlanEdits.replaceStep(target.plan(), old, next), "edit step " + id + " (" + key + ")",
                "form:" + old + ":" + key, id);
        title.set(form.operationName() + " · " + id);
    }

    /** The field with this key, e.g. to test typing into it. */
    public Optional<FieldEditor> field(String key) {
        return fields.stream().filter(f -> f.field().key().equals(key)).findFirst();
    }

    /** The fields of the shown step: its id, its service, then the operation's values; empty without a step. */
    public ObservableList<FieldEditor> fields() {
        return fieldsView;
    }

    /** What the live analysis found wrong with the step ({@code file:line:column: error: ...}). */
    public ObservableList<String> problems() {
        return problemsView;
    }

    /** {@code add_column · customers-add-phone_number}, or empty. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What is wrong with the values together (the operation refuses them), or empty. */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }
}
