/** The {@code phaseshift} command line (picocli): argument parsing, one-line errors and exit codes only. */
package dev.phaseshift.cli;
