/** The overview tab of an open estate: its totals and one row per service. */
package dev.phaseshift.app.overview;
