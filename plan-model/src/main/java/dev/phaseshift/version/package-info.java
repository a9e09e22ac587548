/**
 * The Phaseshift version, taken from the Maven project at build time: what {@code --version}, the About dialog and
 * the header of every exported or written file say.
 */
package dev.phaseshift.version;
