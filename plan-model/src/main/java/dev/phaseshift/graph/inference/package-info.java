/**
 * Inference of cross-service references from names and types ({@code customer_id bigint} in orders and the
 * primary key {@code customers.id bigint} in the customers service). {@link
 * dev.phaseshift.graph.inference.ReferenceInference} proposes references with a confidence and the evidence for
 * it; the user accepts or rejects each, and the decision lives in the estate file.
 */
package dev.phaseshift.graph.inference;
