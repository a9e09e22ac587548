package dev.phaseshift.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process as {@code main} does and keeps what it printed, for tests (the export tests use it too). */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PhaseshiftMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
