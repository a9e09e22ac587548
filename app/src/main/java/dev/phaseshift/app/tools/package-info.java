/**
 * What opens the plan tools (wizards, SQL preview, dry-run, export) from the main window: {@link
 * dev.phaseshift.app.tools.PlanTools} hands each tool's view model the open estate and plan;
 * {@link dev.phaseshift.app.tools.PlanToolWindows} shows them in their own windows and builds the menus.
 */
package dev.phaseshift.app.tools;
