/**
 * The estate: the services of one organisation, their connections (with secret references, never secrets) and
 * their snapshots, as declared in {@code phaseshift.yaml} and loaded for analysis.
 */
package dev.phaseshift.estate;
