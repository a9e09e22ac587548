package dev.phaseshift.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code phaseshift validate} on the demo estate: good plans pass, bad ones exit 2 with file:line:column. */
class ValidateCommandTest {
    @TempDir
    Path dir;

    /** The bundled demo estate written out as files, as a user has it. */
    private Path estate() throws IOException {
        Files.createDirectories(dir.resolve("snapshots"));
        for (String service : new String[]{"customers", "catalog", "orders", "billing", "inventory", "shipping",
                "notifications"}) {
            copy("/demo/snapshots/" + service + ".json", "snapshots/" + service + ".json");
        }
        return copy("/demo/phaseshift.yaml", "phaseshift.yaml");
    }

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = ValidateCommandTest.class.getResourceAsStream(resource)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    @Test
    void theBundledDemoPlansAreValid() throws IOException {
        Path estate = estate();
        for (String name : new String[]{"rename-phone", "orders-priority"}) {
            Path plan = copy("/demo/plans/" + name + ".plan.yaml", name + ".plan.yaml");
            CliRun run = CliRun.of("validate", plan.toString(), "--estate", estate.toString());
            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains(plan + ": valid")
                    .contains("every live consumer version is compatible at every state");
        }
    }

    @Test
    void theMatrixFollowsTheProblemsAndShowsWhoIsLiveWhere() throws IOException {
        Path plan = copy("/demo/plans/rename-phone.plan.yaml", "rename-phone.plan.yaml");
        CliRun run = CliRun.of("validate", plan.toString(), "--estate", estate().toString());
        assertThat(run.out()).isEqualTo("""
                consumer compatibility before the plan and after each phase (✓ compatible, ✗ breaks, not live: \
                that version does not run there)
                  consumer          before    expand    migrate   switch    contract
                  billing v1        ✓         ✓         ✓         ✓         ✓
                  billing v2        ✓         ✓         ✓         ✓         ✓
                  shipping v3       ✓         ✓         ✓         ✓         not live
                  notifications v2  ✓         ✓         ✓         ✓         ✓
                  orders v12        ✓         ✓         ✓         ✓         ✓
                  inventory v5      ✓         ✓         ✓         ✓         ✓
                  shipping v4       not live  not live  not live  ✓         ✓
                  shipping v4: not declared in the estate; assumed to use what shipping v3 uses, under the plan's renames and moves
                every live consumer version is compatible at every state
                rolling the whole plan back:
                """ + "  " + plan + ":147:9: info: rollback of step \"shipping-shipping_addresses-drop-phone\" (shipping), "
                + "drop_column: rolling back the drop of column \"phone\" of table \"shipping_addresses\" adds it back "
                + "empty: the rows' values are not restored [undo-loses-values]; keep a copy of the column (or the "
                + "table) until the drop is final\n"
                + "  " + plan + ":128:9: info: rollback of step \"customers-customers-drop-phone\" (customers), "
                + "drop_column: rolling back the drop of column \"phone\" of table \"customers\" adds it back empty: "
                + "the rows' values are not restored [undo-loses-values]; keep a copy of the column (or the table) "
                + "until the drop is final\n"
                + "  " + plan + ":128:9: info: rollback of step \"customers-customers-drop-phone\" (customers), "
                + "drop_column: rolling back the drop of column \"phone\" of table \"customers\" appends it after the "
                + "last column: postgresql cannot put it back at position 5 of 12 [undo-column-position]\n"
                + plan + ": valid (4 phases, 14 steps)\n");
    }

    @Test
    void jsonListsWhatRollingThePlanBackCannotRestore() throws IOException {
        Path plan = copy("/demo/plans/rename-phone.plan.yaml", "rename-phone.plan.yaml");
        CliRun run = CliRun.of("validate", plan.toString(), "--estate", estate().toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        String rollback = run.out().substring(run.out().indexOf("\"rollback\""));
        assertThat(rollback).contains("\"code\": \"undo-loses-values\"", "\"code\": \"undo-column-position\"",
                "\"severity\": \"info\"", "\"line\": 128");
    }

    /** Renames a column billing v1 reads over the replica, and the plan never replaces billing v1. */
    private Path renameTotal() throws IOException {
        Path plan = dir.resolve("rename-total.plan.yaml");
        Files.writeString(plan, """
                format: phaseshift/plan@1
                name: rename total
                services: [orders]
                phases:
                  - id: expand
                    kind: expand
                  - id: contract
                    kind: contract
                    steps:
                      - id: rename-total
                        service: orders
                        operation:
                          rename_column: {table: orders, column: total, to: total_amount}
                """);
        return plan;
    }

    @Test
    void aConsumerBreakExitsTwoWithTheBreakAndItsRedCell() throws IOException {
        Path estate = estate();
        Path plan = renameTotal();
        CliRun run = CliRun.of("validate", plan.toString(), "--estate", estate.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).contains(estate.getFileName() + ":97:60: error: after phase \"contract\", billing v1 "
                        + "reads orders.public.orders.total, renamed to total_amount in phase contract; the plan does not "
                        + "deploy billing, so billing v1 runs throughout [consumer-break]")
                .contains("  billing v1        ✓         ✓         ✗\n")
                .contains("breaks:\n  ✗ billing v1 reads orders.public.orders.total, renamed to total_amount in phase "
                        + "contract (step \"rename-total\"); live and broken at: contract\n")
                .endsWith(plan + ": 1 error (2 phases, 1 steps)\n");
    }

    @Test
    void jsonOutputCarriesTheMatrixUnderCompatibility() throws IOException {
        CliRun run = CliRun.of("validate", renameTotal().toString(), "--estate", estate().toString(), "--format",
                "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).contains("\"code\": \"consumer-break\"")
                .contains("\"compatibility\": {\n    \"green\": false,\n    \"states\": [\"before\", \"expand\", "
                        + "\"contract\"],")
                .contains("\"state\": \"contract\",\n        \"live\": true,\n        \"compatible\": false,\n"
                        + "        \"reason\": \"billing v1 reads orders.public.orders.total, renamed to total_amount "
                        + "in phase contract\"")
                .contains("\"kind\": \"missing-column\"").contains("\"step\": \"rename-total\"");
    }

    @Test
    void anUnknownKeyExitsTwoWithItsLocation() throws IOException {
        Path plan = copy("/plan/bad/unknown-key.plan.yaml", "unknown-key.plan.yaml");
        CliRun run = CliRun.of("validate", plan.toString(), "--estate", estate().toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).contains(plan + ":11:13: error: unknown key \"tabel\" in add_column [unknown-key]");
    }

    @Test
    void semanticMistakesExitTwoWithStepIdsAndLocations() throws IOException {
        Path estate = estate();
        CliRun self = CliRun.of("validate", copy("/plan/bad/self-dependency.plan.yaml", "s.plan.yaml").toString(),
                "--estate", estate.toString());
        assertThat(self.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(self.out()).contains("s.plan.yaml:4:5: error: phase \"expand\" depends on itself [self-dependency]");
        CliRun twice = CliRun.of("validate", copy("/plan/bad/duplicate-step.plan.yaml", "d.plan.yaml").toString(),
                "--estate", estate.toString());
        assertThat(twice.out()).contains("d.plan.yaml:10:9: error: step id \"same\" is used twice [duplicate-step-id]");
        CliRun unknown = CliRun.of("validate", copy("/plan/bad/unknown-table.plan.yaml", "u.plan.yaml").toString(),
                "--estate", estate.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.out()).contains("u.plan.yaml:7:9: error: step \"drop\" (orders): table \"order\" does not exist")
                .contains("u.plan.yaml:11:9: error: step \"elsewhere\" targets service \"payments\"");
    }

    @Test
    void jsonOutputCarriesCodesAndPositions() throws IOException {
        Path plan = copy("/plan/bad/wrong-type.plan.yaml", "w.plan.yaml");
        CliRun run = CliRun.of("validate", plan.toString(), "--estate", estate().toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).contains("\"code\": \"wrong-type\"").contains("\"line\": 13").contains("\"column\": 22")
                .contains("\"compatibility\": null");
    }

    @Test
    void aMissingPlanFileIsBadInput() throws IOException {
        CliRun run = CliRun.of("validate", dir.resolve("nope.plan.yaml").toString(), "--estate", estate().toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).contains("nope.plan.yaml: error: cannot read plan file");
    }
}
