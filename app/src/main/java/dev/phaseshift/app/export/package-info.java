/**
 * The Export dialog: every target of {@code phaseshift export} for the open plan, with the files it would write
 * previewed before anything is written.
 */
package dev.phaseshift.app.export;
