/**
 * Building an estate and keeping it fresh from the app: new estate, add, edit and discover services (written into
 * the estate file keeping its comments, with undo), test connections, and read schemas into snapshots in the
 * background, one progress row per service. Passwords typed here live in {@link
 * dev.phaseshift.app.connect.SessionSecrets} only.
 */
package dev.phaseshift.app.connect;
