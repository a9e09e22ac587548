/**
 * Plan files ({@code *.plan.yaml}, {@code *.plan.json}, {@code format: phaseshift/plan@1}): a strict reader that
 * reports every unknown key, wrong type and missing key with file, line and column; a deterministic writer;
 * and the JSON Schema, generated from the same operation records so the three cannot drift apart.
 */
package dev.phaseshift.plan.file;
