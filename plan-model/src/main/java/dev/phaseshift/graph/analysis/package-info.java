/**
 * Questions asked of an {@link dev.phaseshift.graph.EstateGraph}, one algorithm per class:
 * {@link dev.phaseshift.graph.analysis.ImpactAnalysis} ("who breaks if I touch this?", with the path that explains
 * each hit), {@link dev.phaseshift.graph.analysis.CycleFinder} (tables and services that depend on each other,
 * returned as values) and {@link dev.phaseshift.graph.analysis.Neighbourhood} (what lies within a few hops of a
 * focus, for pictures).
 */
package dev.phaseshift.graph.analysis;
