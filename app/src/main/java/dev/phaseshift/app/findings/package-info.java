/**
 * The Findings tab of the bottom pane: problems of the open estate file (unknown names in references and
 * contracts, stale decisions), each with its severity, place in the file and what to do about it.
 */
package dev.phaseshift.app.findings;
