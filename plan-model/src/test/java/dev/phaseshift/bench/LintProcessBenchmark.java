package dev.phaseshift.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code phaseshift lint FILE.sql} as CI runs it — a fresh process per file, started by the command-line
 * distribution's launcher and by {@code java -jar} — beside squawk's native binary on the same files: the
 * 5,000-statement PostgreSQL file of {@link SqlLintBenchmark} and a small migration of a few statements. Median of
 * the timed runs after one warm-up each (the warm-up also lets the launcher write its class-data archive).
 * Findings make both linters exit 1; that is accepted.
 *
 * <p>squawk comes from the npm registry ({@code npm install --prefix /tmp/squawk squawk-cli}); the benchmark finds
 * it through {@code PHASESHIFT_BENCH_SQUAWK} (the binary, e.g.
 * {@code /tmp/squawk/node_modules/@squawk-cli/linux-x64/bin/squawk}), else {@code squawk} on the PATH, and says
 * so when it has none.
 *
 * <p>Run after {@code ./mvnw -B -q -DskipTests package}: {@code ./mvnw -q -pl plan-model test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=dev.phaseshift.bench.LintProcessBenchmark}. Argument: timed runs
 * (default 5).
 */
public final class LintProcessBenchmark {
    private static final String SMALL = """
            SET lock_timeout = '2s';
            ALTER TABLE orders ADD COLUMN priority smallint;
            CREATE INDEX CONCURRENTLY orders_priority_idx ON orders (priority);
            ALTER TABLE orders ADD CONSTRAINT orders_priority_check CHECK (priority BETWEEN 0 AND 9) NOT VALID;
            ALTER TABLE orders VALIDATE CONSTRAINT orders_priority_check;
            """;

    private LintProcessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path work = Files.createTempDirectory("phaseshift-lint-bench");
        try {
            Path big = Files.writeString(work.resolve("big.sql"), SqlLintBenchmark.postgresFile(5000));
            Path small = Files.writeString(work.resolve("small.sql"), SMALL);
            List<String> launcher = List.of("sh", WholeProcess.launcher(work).toString());
            List<String> jar = List.of(WholeProcess.java(), "-jar", WholeProcess.jar().toString());
            String squawk = squawk();
            Map<String, List<String>> commands = new LinkedHashMap<>();
            for (Path file : List.of(big, small)) {
                String name = file.getFileName().toString();
                List<String> lint = List.of("lint", file.toString(), "--engine", "postgresql", "--engine-version",
                        "16");
                commands.put("bin/phaseshift lint " + name, WholeProcess.concat(launcher, lint));
                commands.put("java -jar phaseshift.jar lint " + name, WholeProcess.concat(jar, lint));
                if (squawk != null) {
                    commands.put("squawk " + name, List.of(squawk, "--pg-version", "16", file.toString()));
                }
            }
            Map<String, double[]> seconds = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                WholeProcess.seconds(c.getValue(), Map.of(), 0, 1);
                seconds.put(c.getKey(), new double[runs]);
            }
            for (int r = 0; r < runs; r++) {
                for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                    seconds.get(c.getKey())[r] = WholeProcess.seconds(c.getValue(), Map.of(), 0, 1);
                }
            }
            System.out.printf(Locale.ROOT, "files: big.sql %d statements, small.sql %d statements; %d cores%n",
                    5000, SMALL.split(";").length - 1, Runtime.getRuntime().availableProcessors());
            if (squawk == null) {
                System.out.println("squawk: not found; set PHASESHIFT_BENCH_SQUAWK or put squawk on the PATH");
            }
            for (Map.Entry<String, double[]> e : seconds.entrySet()) {
                System.out.printf(Locale.ROOT, "%-40s median %.3f s  runs %s%n", e.getKey(),
                        WholeProcess.median(e.getValue()), Arrays.toString(e.getValue()));
            }
        } finally {
            WholeProcess.delete(work);
        }
    }

    private static String squawk() {
        String configured = System.getenv("PHASESHIFT_BENCH_SQUAWK");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return configured;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "squawk");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
