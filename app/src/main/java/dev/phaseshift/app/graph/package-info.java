/**
 * The Graph tab: the estate overview, one service, or the neighbourhood of one object, laid out and painted by
 * plan-model ({@code DiagramProjection}, {@code LayeredLayout}, {@code DiagramPainter}) in the background and
 * cached per estate graph ({@link dev.phaseshift.app.graph.GraphViewModel}); drawn into a viewport-sized canvas
 * ({@link dev.phaseshift.app.graph.DiagramCanvas}) from tiles drawn once per zoom with culling and level of detail
 * ({@link dev.phaseshift.app.graph.TilesOnCanvas}), with a minimap, edge-kind toggles and the impact of the selection
 * beside it.
 */
package dev.phaseshift.app.graph;
