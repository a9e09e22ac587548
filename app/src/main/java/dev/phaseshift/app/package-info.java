/**
 * The Phaseshift desktop application: {@link dev.phaseshift.app.Launcher} starts
 * {@link dev.phaseshift.app.PhaseshiftApp}, which wires settings, the task runner, the main view model and the
 * main window. Each feature lives in its own package as a view that only binds and a view model tested without
 * the FX toolkit.
 */
package dev.phaseshift.app;
