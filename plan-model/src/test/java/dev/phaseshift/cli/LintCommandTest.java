package dev.phaseshift.cli;

import dev.phaseshift.lint.LintRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code phaseshift lint PLAN --estate FILE} on the demo estate: exit codes and the three output formats. */
class LintCommandTest {
    @TempDir
    Path dir;

    private Path estate() throws IOException {
        Files.createDirectories(dir.resolve("snapshots"));
        for (String service : new String[]{"customers", "catalog", "orders", "billing", "inventory", "shipping",
                "notifications"}) {
            copy("/demo/snapshots/" + service + ".json", "snapshots/" + service + ".json");
        }
        return copy("/demo/phaseshift.yaml", "phaseshift.yaml");
    }

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = LintCommandTest.class.getResourceAsStream(resource)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    @Test
    void theBundledDemoPlansHaveNoErrorFindings() throws IOException {
        Path estate = estate();
        Path priority = copy("/demo/plans/orders-priority.plan.yaml", "orders-priority.plan.yaml");
        CliRun clean = CliRun.of("lint", priority.toString(), "--estate", estate.toString());
        assertThat(clean.exitCode()).as(clean.out() + clean.err()).isEqualTo(ExitCode.OK);
        assertThat(clean.out()).startsWith("Locks and cost (production row estimates):\n")
                .contains("phase contract: blocks writes on orders for ~0 s (reads too); scans 12 M rows of orders "
                        + "under SHARE UPDATE EXCLUSIVE", "billing v1        ✓         ✓         ✓         ✓",
                        "every live consumer version is compatible at every state")
                .endsWith("\n" + priority + ": no findings\n");

        // the rename pattern keeps the old column's varchar(32) for the new one: a warning, not an error; and no
        // consumer contract names the dropped "phone" columns, so their drops warn that nobody is known to read them
        Path rename = copy("/demo/plans/rename-phone.plan.yaml", "rename-phone.plan.yaml");
        CliRun warned = CliRun.of("lint", rename.toString(), "--estate", estate.toString());
        assertThat(warned.exitCode()).as(warned.out() + warned.err()).isEqualTo(ExitCode.OK);
        assertThat(warned.out()).contains("[PS111 prefer-bigint-timestamptz-text]",
                        "dropping column \"phone\" of table \"customers\" deletes it and its data; no consumer "
                                + "contract names it, so nobody is known to read it [PS121 destructive-drop]")
                .endsWith(rename + ": 0 errors, 3 warnings\n");
    }

    @Test
    void anErrorFindingExitsOneWithItsLocationCodeAndHelp() throws IOException {
        Path plan = copy("/lint/require-concurrent-index/bad-pg.plan.yaml", "index.plan.yaml");
        CliRun run = CliRun.of("lint", plan.toString(), "--estate", estate().toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).startsWith(plan + ":9:9: error: step \"orders-channel-index\" (orders): CREATE INDEX on "
                + "table \"orders\" (~12000000 rows) blocks writes until the index is built [PS101 "
                + "require-concurrent-index]; use create_index")
                .endsWith(plan + ": 1 error, 0 warnings\n");
    }

    @Test
    void theEstateFileSetsLevelsPerRuleAndNamesAnUnknownRuleWithItsLine() throws IOException {
        Path plan = copy("/lint/require-concurrent-index/bad-pg.plan.yaml", "index.plan.yaml");
        Path estate = estate();
        String demo = Files.readString(estate);

        Files.writeString(estate, demo + "lint:\n  require-concurrent-index: warning\n");
        CliRun lowered = CliRun.of("lint", plan.toString(), "--estate", estate.toString());
        assertThat(lowered.exitCode()).as(lowered.out()).isEqualTo(ExitCode.OK);
        assertThat(lowered.out()).contains(": warning: step \"orders-channel-index\"")
                .endsWith(plan + ": 0 errors, 1 warning\n");

        Files.writeString(estate, demo + "lint:\n  require-concurrent-index: off\n");
        CliRun off = CliRun.of("lint", plan.toString(), "--estate", estate.toString());
        assertThat(off.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(off.out()).doesNotContain("PS101").endsWith("\n" + plan + ": no findings\n");

        long lines = demo.lines().count();
        Files.writeString(estate, demo + "lint:\n  require-concurent-index: warning\n");
        CliRun unknown = CliRun.of("lint", plan.toString(), "--estate", estate.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.out()).contains(estate + ":" + (lines + 2) + ":")
                .contains("no lint rule \"require-concurent-index\"", "did you mean \"require-concurrent-index\"?");
    }

    @Test
    void warningsAloneExitZero() throws IOException {
        Path plan = copy("/lint/missing-rollback/bad-pg.plan.yaml", "comment.plan.yaml");
        CliRun run = CliRun.of("lint", plan.toString(), "--estate", estate().toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("warning: ", "[PS110 missing-rollback]", ": 0 errors, 1 warning");
    }

    @Test
    void sarifNamesEveryRuleAndPointsAtTheStep() throws IOException {
        Path plan = copy("/lint/require-concurrent-index/bad-pg.plan.yaml", "index.plan.yaml");
        CliRun run = CliRun.of("lint", plan.toString(), "--estate", estate().toString(), "--format", "sarif");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\"",
                "\"version\": \"2.1.0\"", "\"name\": \"phaseshift\"", "\"ruleId\": \"require-concurrent-index\"",
                "\"level\": \"error\"", "\"uri\": \"" + plan.toString().replace('\\', '/') + "\"", "\"startLine\": 9",
                "\"startColumn\": 9", "See docs/lint/require-concurrent-index.md in the Phaseshift repository.");
        LintRules.ALL.forEach(r -> assertThat(run.out()).contains("\"id\": \"" + r.id() + "\""));
    }

    @Test
    void jsonCarriesEachFindingAsFields() throws IOException {
        Path plan = copy("/lint/require-concurrent-index/bad-pg.plan.yaml", "index.plan.yaml");
        CliRun run = CliRun.of("lint", plan.toString(), "--estate", estate().toString(), "--format", "json");
        assertThat(run.out()).contains("\"ruleId\": \"require-concurrent-index\"", "\"code\": \"PS101\"",
                "\"severity\": \"error\"", "\"step\": \"orders-channel-index\"", "\"object\": \"orders\"",
                "\"line\": 9");
    }

    @Test
    void aPlanThatDoesNotValidateExitsTwo() throws IOException {
        Path plan = copy("/plan/bad/unknown-key.plan.yaml", "unknown-key.plan.yaml");
        CliRun run = CliRun.of("lint", plan.toString(), "--estate", estate().toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).contains("[unknown-key]", "does not validate");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgres-bad", "postgres-ok", "mysql-bad", "mysql-ok", "unknown",
            "postgres-destructive-bad", "mysql-destructive-bad", "postgres-dump", "mysql-dump"})
    void aPlainSqlFileGivesItsExpectedFindings(String name) throws IOException {
        Path fixtures = Path.of("src/test/resources/lint-sql");
        Path file = fixtures.resolve(name + ".sql");
        CliRun run = CliRun.of("lint", file.toString(), "--engine", name.startsWith("mysql") ? "mysql" : "postgresql");
        String expected = Files.readString(fixtures.resolve(name + ".expected.txt"), StandardCharsets.UTF_8);
        assertThat(run.out().replace(fixtures + java.io.File.separator, "")).isEqualTo(expected);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(name.endsWith("bad") ? ExitCode.FINDINGS : ExitCode.OK);
    }

    @Test
    void aPlainSqlFileThatDropsARenamesOrTruncatesExitsOneUnlessAllowed() throws IOException {
        for (String statement : List.of("DROP TABLE order_notes;", "ALTER TABLE orders DROP COLUMN note;",
                "ALTER TABLE orders RENAME COLUMN note TO remark;", "ALTER TABLE orders RENAME TO purchases;",
                "TRUNCATE orders CASCADE;", "DROP SCHEMA reporting CASCADE;")) {
            Path file = Files.writeString(dir.resolve("V7__contract.sql"), "SET lock_timeout = '5s';\n" + statement
                    + "\n");
            CliRun run = CliRun.of("lint", file.toString(), "--engine", "postgresql");
            assertThat(run.exitCode()).as(statement + "\n" + run.out()).isEqualTo(ExitCode.FINDINGS);
        }
        Path allowed = Files.writeString(dir.resolve("V8__contract.sql"), "SET lock_timeout = '5s';\n"
                + "-- phaseshift:allow destructive-drop the notes screen was removed in release 41\n"
                + "DROP TABLE IF EXISTS order_notes;\n");
        CliRun run = CliRun.of("lint", allowed.toString(), "--engine", "postgresql");
        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).endsWith(": no findings (1 suppressed)\n");
    }

    @Test
    void aPlainSqlFileNeedsAnEngineAndAReadableFile() throws IOException {
        Path file = Files.writeString(dir.resolve("V1__index.sql"), "CREATE INDEX i ON orders (placed_at);\n");
        CliRun noEngine = CliRun.of("lint", file.toString());
        assertThat(noEngine.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noEngine.err()).contains("is a plain SQL file: say which server it is for with --engine");

        CliRun badEngine = CliRun.of("lint", file.toString(), "--engine", "oracle");
        assertThat(badEngine.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badEngine.err()).contains("--engine must be postgresql, mysql or mariadb, not \"oracle\"");

        Path missing = dir.resolve("missing.sql");
        CliRun unreadable = CliRun.of("lint", missing.toString(), "--engine", "postgresql");
        assertThat(unreadable.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unreadable.err()).contains("cannot read \"" + missing + "\": no such file");
    }

    @Test
    void thePlainSqlFormPrintsEachFindingAtItsStatementInEveryFormat() throws IOException {
        Path file = Files.writeString(dir.resolve("V2__orders.sql"), "SET lock_timeout = '5s';\n\n"
                + "  CREATE INDEX orders_placed_idx ON orders (placed_at);\n");
        CliRun text = CliRun.of("lint", file.toString(), "--engine", "postgresql", "--engine-version", "15");
        assertThat(text.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(text.out()).startsWith(file + ":3:3: error: step \"line-3\" (sql): CREATE INDEX on table "
                + "\"orders\" (row count unknown) blocks writes");

        CliRun json = CliRun.of("lint", file.toString(), "--engine", "postgresql", "--format", "json");
        assertThat(json.out()).contains("\"ruleId\": \"require-concurrent-index\"", "\"line\": 3", "\"column\": 3");

        CliRun sarif = CliRun.of("lint", file.toString(), "--engine", "postgresql", "--format", "sarif");
        assertThat(sarif.out()).contains("\"startLine\": 3", "\"ruleId\": \"require-concurrent-index\"");
    }

    @Test
    void theServerVersionDecidesWhatIsReported() throws IOException {
        // postgresql 10 rewrites the table for any default; 11+ stores a constant one without a rewrite
        Path file = Files.writeString(dir.resolve("V3__flag.sql"), "SET lock_timeout = '5s';\n"
                + "ALTER TABLE orders ADD COLUMN IF NOT EXISTS flagged boolean DEFAULT false;\n");
        assertThat(CliRun.of("lint", file.toString(), "--engine", "postgresql", "--engine-version", "10").out())
                .contains("[PS106 volatile-default]");
        CliRun current = CliRun.of("lint", file.toString(), "--engine", "postgresql");
        assertThat(current.out()).isEqualTo(file + ": no findings\n");

        // mariadb 10.3 adds a column instantly at the end; mysql before 8.0.12 cannot
        Path mysql = Files.writeString(dir.resolve("V4__note.sql"), "ALTER TABLE stock_items MODIFY note text;\n");
        assertThat(CliRun.of("lint", mysql.toString(), "--engine", "mariadb", "--engine-version", "10.11.6-MariaDB")
                .out()).contains("makes mariadb 10.11.6 copy table \"stock_items\"");
    }

    @Test
    void helpDescribesThePlainSqlForm() {
        String help = CliRun.of("lint", "--help").out();
        assertThat(help).contains("SQLFILE --engine postgresql|mysql|mariadb", "Default: 16 for postgresql, 8.0.36 "
                + "for mysql", "phaseshift:allow RULE-ID REASON").doesNotContain("not yet available");
    }
}
