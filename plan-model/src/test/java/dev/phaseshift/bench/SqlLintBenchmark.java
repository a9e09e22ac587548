package dev.phaseshift.bench;

import dev.phaseshift.lint.LintOutput;
import dev.phaseshift.lint.LintResult;
import dev.phaseshift.lint.parse.SqlFileLint;
import dev.phaseshift.plan.sql.Dialect;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * How long {@code phaseshift lint FILE.sql} takes on a 5,000-statement migration file, per engine: the whole path
 * (split, parse, assumed schema, plan, simulation, every rule, text output), warm, median and p90 of 5 runs. The
 * files are generated: a realistic mix of column changes, indexes with and without CONCURRENTLY, constraints,
 * backfills, new tables and comments over 120 existing tables.
 *
 * <p>Run: {@code ./mvnw -q -pl plan-model test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.phaseshift.bench.SqlLintBenchmark}, or from an IDE. Argument: statements (default 5000).
 */
public final class SqlLintBenchmark {
    private static final int WARMUP = 3;
    private static final int RUNS = 5;

    private SqlLintBenchmark() {
    }

    public static void main(String[] args) {
        int statements = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        measure("postgresql 16", postgresFile(statements), Dialect.postgres(16));
        measure("mysql 8.0.36", mysqlFile(statements), Dialect.mysql(8, 0, 36));
    }

    private static void measure(String label, String file, Dialect dialect) {
        int findings = 0;
        for (int i = 0; i < WARMUP; i++) {
            findings = run(file, dialect);
        }
        long[] ms = new long[RUNS];
        long[] cpu = new long[RUNS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            run(file, dialect);
            ms[i] = (System.nanoTime() - start) / 1_000_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        // cpu time as well, since wall time on a shared machine measures the neighbours too
        System.out.printf("%-14s %6d statements, %5d findings: median %5d ms, p90 %5d ms (cpu median %5d ms)%n",
                label, file.split(";\n").length, findings, ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.9) - 1],
                cpu[RUNS / 2]);
    }

    private static int run(String file, Dialect dialect) {
        LintResult result = SqlFileLint.of("bench.sql", file, dialect).lint();
        String text = LintOutput.text("bench.sql", result);
        if (text.isEmpty()) {
            throw new IllegalStateException("no output");
        }
        return result.findings().size();
    }

    static String postgresFile(int count) {
        Random random = new Random(42);
        List<String> out = new ArrayList<>();
        out.add("SET lock_timeout = '5s'");
        for (int i = 1; out.size() < count; i++) {
            String t = "table_" + random.nextInt(120);
            String c = "col_" + i;
            switch (i % 12) {
                case 0 -> out.add("-- step " + i + ": a new table\nCREATE TABLE IF NOT EXISTS new_" + i
                        + " (id bigint PRIMARY KEY, " + t + "_id bigint NOT NULL, note text, created_at timestamptz "
                        + "NOT NULL DEFAULT now())");
                case 1 -> out.add("ALTER TABLE " + t + " ADD COLUMN IF NOT EXISTS " + c + " bigint");
                case 2 -> out.add("CREATE INDEX CONCURRENTLY IF NOT EXISTS " + t + "_" + c + "_idx ON " + t
                        + " (" + c + ")");
                case 3 -> out.add("CREATE INDEX " + t + "_x" + i + "_idx ON " + t + " (status, created_at)");
                case 4 -> out.add("ALTER TABLE " + t + " ADD CONSTRAINT " + t + "_fk" + i + " FOREIGN KEY (parent_"
                        + i + ") REFERENCES parent_" + random.nextInt(20) + " (id) NOT VALID");
                case 5 -> out.add("ALTER TABLE " + t + " VALIDATE CONSTRAINT " + t + "_fk" + (i - 1));
                case 6 -> out.add("UPDATE " + t + " SET " + "flag_" + i + " = false WHERE id BETWEEN 1 AND 10000");
                case 7 -> out.add("ALTER TABLE " + t + " ALTER COLUMN amount_" + i + " TYPE numeric(12, 2)");
                case 8 -> out.add("ALTER TABLE " + t + " ALTER COLUMN " + c + " SET DEFAULT 0, ALTER COLUMN note_"
                        + i + " DROP NOT NULL");
                case 9 -> out.add("ALTER TABLE " + t + " DROP COLUMN IF EXISTS legacy_" + i);
                case 10 -> out.add("COMMENT ON TABLE " + t + " IS 'revision " + i + "'");
                default -> out.add("ALTER TABLE " + t + " ADD CONSTRAINT " + t + "_chk" + i + " CHECK (qty_" + i
                        + " >= 0) NOT VALID");
            }
        }
        return String.join(";\n", out) + ";\n";
    }

    static String mysqlFile(int count) {
        Random random = new Random(42);
        List<String> out = new ArrayList<>();
        for (int i = 1; out.size() < count; i++) {
            String t = "table_" + random.nextInt(120);
            String c = "col_" + i;
            switch (i % 10) {
                case 0 -> out.add("-- step " + i + "\nCREATE TABLE IF NOT EXISTS new_" + i + " (id bigint NOT NULL "
                        + "AUTO_INCREMENT PRIMARY KEY, " + t + "_id bigint NOT NULL, note varchar(200) NULL, "
                        + "KEY new_" + i + "_parent (" + t + "_id)) ENGINE=InnoDB");
                case 1 -> out.add("ALTER TABLE " + t + " ADD COLUMN " + c + " int NULL, ALGORITHM=INSTANT, LOCK=NONE");
                case 2 -> out.add("CREATE INDEX " + t + "_" + c + " ON " + t + " (" + c + ") ALGORITHM=INPLACE "
                        + "LOCK=NONE");
                case 3 -> out.add("ALTER TABLE " + t + " MODIFY COLUMN amount_" + i + " decimal(12,2) NOT NULL");
                case 4 -> out.add("ALTER TABLE " + t + " ADD CONSTRAINT " + t + "_fk" + i + " FOREIGN KEY (parent_"
                        + i + ") REFERENCES parent_" + random.nextInt(20) + " (id)");
                case 5 -> out.add("UPDATE " + t + " SET flag_" + i + " = 0 WHERE id < 10000");
                case 6 -> out.add("ALTER TABLE " + t + " DROP COLUMN legacy_" + i + ", ALGORITHM=INSTANT");
                case 7 -> out.add("ALTER TABLE " + t + " CHANGE COLUMN old_" + i + " new_" + i + " varchar(64) NULL");
                case 8 -> out.add("DROP INDEX idx_" + i + " ON " + t);
                default -> out.add("ALTER TABLE " + t + " ALTER COLUMN " + c + " SET DEFAULT 0");
            }
        }
        return String.join(";\n", out) + ";\n";
    }
}
