/**
 * The main window: menus, the split layout of tree, central tabs, inspector and log, the status bar, and
 * {@link dev.phaseshift.app.main.MainViewModel}, which owns the open estate and the commands that change it.
 */
package dev.phaseshift.app.main;
