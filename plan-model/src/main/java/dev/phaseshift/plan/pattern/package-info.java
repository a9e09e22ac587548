/**
 * Patterns: generators that turn one intent ("rename this column in these services", "add a NOT NULL column to
 * a big table") into a whole expand/migrate/switch/contract plan, checked against the snapshots they start from.
 */
package dev.phaseshift.plan.pattern;
