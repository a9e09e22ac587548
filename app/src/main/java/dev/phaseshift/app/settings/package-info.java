/**
 * What the application remembers between runs (theme, window placement, divider positions, recent estate files),
 * as typed values in {@link dev.phaseshift.app.settings.AppSettings} over a small key-value
 * {@link dev.phaseshift.app.settings.SettingsStore}: {@code java.util.prefs} in the application, memory in tests.
 */
package dev.phaseshift.app.settings;
