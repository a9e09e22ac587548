package dev.phaseshift.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of {@code phaseshift.jar}. */
public final class PhaseshiftMain {
    private PhaseshiftMain() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs one command line; the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // CI scripts ask for the version on every run: answer without building the whole command model first
            // (picocli reflects over every subcommand and loads its classes)
            for (String line : new VersionProvider().getVersion()) {
                out.println(line);
            }
            out.flush();
            return ExitCode.OK;
        }
        return PhaseshiftCommand.create(out, err, args).execute(args);
    }
}
