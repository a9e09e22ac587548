package dev.phaseshift.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The workload the packaging build runs once, under {@code -XX:DumpLoadedClassList}, to list the classes of the
 * commands CI calls on every run (help, version, lint of a SQL file and of a plan, validate). The launchers make a
 * class-data-sharing archive of that list, so those classes are mapped instead of loaded and verified each time.
 * Output is thrown away; a command that fails here fails the build, so the list never comes from an error path
 * alone.
 *
 * <p>Argument: the folder of the demo estate ({@code phaseshift.yaml}, {@code plans/}, {@code snapshots/}).
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: StartupTraining DEMO_DIR");
        }
        Path demo = Path.of(args[0]);
        String estate = demo.resolve("phaseshift.yaml").toString();
        String plan = demo.resolve("plans/rename-phone.plan.yaml").toString();
        Path work = Files.createTempDirectory("phaseshift-training");
        try {
            Path postgres = Files.writeString(work.resolve("migration.sql"),
                    "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN priority smallint;\n"
                            + "CREATE INDEX CONCURRENTLY orders_priority_idx ON orders (priority);\n");
            Path mysql = Files.writeString(work.resolve("mysql.sql"),
                    "ALTER TABLE stock ADD COLUMN reserved int NOT NULL DEFAULT 0, ALGORITHM=INSTANT;\n");
            List<List<String>> runs = List.of(
                    List.of("--help"),
                    List.of("--version"),
                    List.of("lint", postgres.toString(), "--engine", "postgresql", "--engine-version", "16"),
                    List.of("lint", mysql.toString(), "--engine", "mysql"),
                    List.of("lint", postgres.toString(), "--engine", "postgresql", "--format", "sarif"),
                    List.of("lint", plan, "--estate", estate),
                    List.of("lint", plan, "--estate", estate, "--format", "json"),
                    List.of("validate", plan, "--estate", estate));
            for (List<String> run : runs) {
                int code = PhaseshiftCommand.create(discard(), discard()).execute(run.toArray(String[]::new));
                if (code != ExitCode.OK && code != ExitCode.FINDINGS) {
                    throw new IllegalStateException("training run phaseshift " + String.join(" ", run)
                            + " exited " + code);
                }
            }
        } finally {
            try (var files = Files.walk(work)) {
                for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static PrintWriter discard() {
        return new PrintWriter(Writer.nullWriter());
    }
}
