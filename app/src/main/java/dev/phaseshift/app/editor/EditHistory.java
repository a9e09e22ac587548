package dev.phaseshift.app.editor;

import dev.phaseshift.plan.Plan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The plans before and after each edit, for undo and redo. Typing into one field of one step makes many edits in
 * a row; those with the same non-null merge key directly after each other count as one, so one undo takes back the
 * whole value typed.
 */
final class EditHistory {
    /** A plan as it was, and the name of the edit that left it. */
    record Entry(Plan plan, String editName, String mergeKey) {
        Entry {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(editName, "editName");
        }
    }

    private static final int LIMIT = 500;

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private String lastMergeKey;

    /** Remembers {@code before} as the state an edit named {@code editName} changed. */
    void record(Plan before, String editName, String mergeKey) {
        redo.clear();
        if (mergeKey != null && mergeKey.equals(lastMergeKey) && !undo.isEmpty()) {
            return; // the plan before the first of these edits is already remembered
        }
        undo.push(new Entry(before, editName, mergeKey));
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        lastMergeKey = mergeKey;
    }

    /** The plan before the last edit, with {@code current} kept for redo; empty when there is nothing to undo. */
    Optional<Entry> undo(Plan current) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Entry entry = undo.pop();
        redo.push(new Entry(current, entry.editName(), null));
        lastMergeKey = null;
        return Optional.of(entry);
    }

    Optional<Entry> redo(Plan current) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Entry entry = redo.pop();
        undo.push(new Entry(current, entry.editName(), null));
        lastMergeKey = null;
        return Optional.of(entry);
    }

    /** Ends a run of merged edits, e.g. when the user leaves the field. */
    void seal() {
        lastMergeKey = null;
    }

    void clear() {
        undo.clear();
        redo.clear();
        lastMergeKey = null;
    }

    Optional<String> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(Entry::editName);
    }

    Optional<String> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(Entry::editName);
    }
}
