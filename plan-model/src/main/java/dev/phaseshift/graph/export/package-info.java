/**
 * Writing the estate graph as files: {@link dev.phaseshift.graph.export.JsonGraphWriter} (the full typed graph
 * for other tools), {@link dev.phaseshift.graph.export.DotGraphWriter} (Graphviz), {@link
 * dev.phaseshift.graph.export.SvgWriter} and {@link dev.phaseshift.graph.export.PngWriter} (the laid-out picture).
 * JSON is written by hand so the graph needs no Jackson; the output is deterministic.
 */
package dev.phaseshift.graph.export;
