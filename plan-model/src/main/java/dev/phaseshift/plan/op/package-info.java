/**
 * The operations a plan step carries: one record per operation type behind the sealed {@link
 * dev.phaseshift.plan.op.Operation}. Each validates itself against a service's schema, applies itself to the
 * model, names its inverse, and renders forward and rollback SQL per dialect. The file name of an operation is
 * derived from its record name ({@code AddColumn} is {@code add_column}).
 */
package dev.phaseshift.plan.op;
