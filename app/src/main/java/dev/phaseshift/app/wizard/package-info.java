/**
 * Pattern wizards: one intent on a table or column ("rename this column safely") turned into a whole multi-phase
 * plan by a plan-model pattern, after showing which services and consumer versions it affects. The wizard returns
 * a {@link dev.phaseshift.plan.Plan}: a new one, or the open plan with the pattern's phases merged in.
 */
package dev.phaseshift.app.wizard;
