/**
 * The estate tree: estate, services, schemas, tables and views, columns. The tree is built as plain values
 * ({@link dev.phaseshift.app.estate.EstateTreeNode}) and filtered by {@link dev.phaseshift.app.estate.EstateTreeFilter}
 * without JavaFX controls, so both are tested headless; the view turns the values into tree items.
 */
package dev.phaseshift.app.estate;
