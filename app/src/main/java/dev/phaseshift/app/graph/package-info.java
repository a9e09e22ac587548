/**
 * The Graph tab: the dependency diagram around one table, view or column, laid out and painted by plan-model
 * ({@code DiagramProjection}, {@code DiagramPainter}) in the background and drawn onto a canvas by
 * {@link dev.phaseshift.app.graph.DiagramCanvas}, in the colours of the current theme.
 */
package dev.phaseshift.app.graph;
