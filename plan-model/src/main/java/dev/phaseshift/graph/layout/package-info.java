/**
 * Drawing the estate graph: {@link dev.phaseshift.graph.layout.DiagramProjection} turns a graph into boxes
 * (tables, views, consumer versions) with rows (the columns that matter) grouped in one cluster per service;
 * {@link dev.phaseshift.graph.layout.LayeredLayout} places them (services in layers, longest-path layering
 * inside each service, barycentre ordering to reduce crossings, edges routed through the gaps between boxes);
 * {@link dev.phaseshift.graph.layout.DiagramPainter} turns the result into a {@link
 * dev.phaseshift.graph.layout.Scene} of rectangles, text and curves that the SVG and PNG writers render.
 */
package dev.phaseshift.graph.layout;
