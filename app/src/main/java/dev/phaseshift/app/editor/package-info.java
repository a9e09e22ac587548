/**
 * The plan editor: phases as columns of step cards, a palette of operations, a form per step with validation as
 * you type, live analysis (validate, lint, locks, compatibility matrix) after each edit, undo/redo, plan files and
 * a recovery file for a crash. {@link dev.phaseshift.app.editor.PlanEditorViewModel} holds the editing logic and
 * is tested without the toolkit; the views only bind it.
 */
package dev.phaseshift.app.editor;
