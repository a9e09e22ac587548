/**
 * The one check of a plan against its estate that {@code validate}, {@code lint}, {@code dry-run}, {@code export}
 * and the app all run: simulate, lint, lock model, consumer compatibility matrix ({@link
 * dev.phaseshift.plan.check.PlanCheck}), so they agree on every answer, including what a lint-configuration problem
 * is.
 */
package dev.phaseshift.plan.check;
