package dev.phaseshift.cli;

/** The exit codes every subcommand shares (DESIGN.md, "Command line"). */
public final class ExitCode {
    public static final int OK = 0;
    /** Findings of error severity, or a failed step. */
    public static final int FINDINGS = 1;
    /** Bad arguments or a bad input file. */
    public static final int BAD_INPUT = 2;
    /** A database could not be reached. */
    public static final int CANNOT_CONNECT = 3;

    private ExitCode() {
    }
}
