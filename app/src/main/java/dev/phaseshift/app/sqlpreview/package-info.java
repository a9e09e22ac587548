/**
 * SQL preview: the statements of a step, a phase or a whole plan as each service's server would receive them,
 * for the dialect and version chosen per service, highlighted, read-only and copyable.
 */
package dev.phaseshift.app.sqlpreview;
