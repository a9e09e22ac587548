/**
 * The References tab: inferred cross-service references nobody has decided on yet, with their evidence, and
 * the commands that accept or reject them by writing a decision into the estate file.
 */
package dev.phaseshift.app.references;
