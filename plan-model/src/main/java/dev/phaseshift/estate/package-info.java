/**
 * The estate: the services of one organisation, their connections (with secret references, never secrets) and
 * their snapshots, as declared in {@code phaseshift.yaml} and loaded for analysis; the references declared
 * between services, the consumer contracts of each service version, and the user's decisions on inferred
 * references. {@link dev.phaseshift.estate.EstateFile} reads the file strictly, {@link
 * dev.phaseshift.estate.EstateCheck} checks its names against the snapshots and reports {@link
 * dev.phaseshift.estate.Problem}s, {@link dev.phaseshift.estate.DecisionEditor} writes decisions back without
 * disturbing the rest of the file.
 */
package dev.phaseshift.estate;
