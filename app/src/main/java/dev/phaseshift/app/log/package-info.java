/**
 * The bottom panel: the log of what the application did (loading, estate notes, errors) and, later, lint
 * findings.
 */
package dev.phaseshift.app.log;
