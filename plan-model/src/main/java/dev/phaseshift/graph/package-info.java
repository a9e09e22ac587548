/**
 * The estate graph: services, consumer versions, tables, views, columns, sequences and triggers as
 * {@link dev.phaseshift.graph.Node}s, joined by typed {@link dev.phaseshift.graph.Dependency} edges (foreign keys,
 * view reads, triggers, sequence ownership, partitions, declared and inferred references, consumer reads and
 * writes) that each carry their evidence. {@link dev.phaseshift.graph.EstateGraphBuilder} builds it from an
 * {@code Estate}; sub-packages infer references, analyse impact and cycles, lay the graph out and export it.
 */
package dev.phaseshift.graph;
