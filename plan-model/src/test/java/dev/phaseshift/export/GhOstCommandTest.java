package dev.phaseshift.export;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.AlterColumnType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A MySQL/MariaDB change the lock model says copies the table is offered as a gh-ost command in every target. */
class GhOstCommandTest {
    private static ExportInput widenPhone() {
        Plan plan = Plan.of("widen shipping phone", null, List.of(Phase.of("expand", PhaseKind.EXPAND, List.of(
                Step.of("shipping-phone-text", "shipping",
                        new AlterColumnType("shipping_addresses", "phone", "text", null))))));
        Estate estate = DemoEstate.load();
        ExportInput input = ExportInput.of(plan, "plans/widen.plan.yaml", "plan".getBytes(StandardCharsets.UTF_8),
                estate, "phaseshift.yaml", "test-version", null);
        assertThat(input.simulation().hasErrors()).as(input.simulation().problems().toString()).isFalse();
        return ExportInputs.withPasswords(input);
    }

    @Test
    void aTableCopyIsFoundAndTurnedIntoAGhOstCommand() {
        StepStatements step = widenPhone().statements().get(0);
        assertThat(step.tableCopies()).hasSize(1);
        String command = GhOstCommand.of(widenPhone().service("shipping"), step.tableCopies().get(0).text())
                .orElseThrow();
        assertThat(command).startsWith("gh-ost --host=127.0.0.1 --port=3306 --user=root")
                .contains("--password=\"$SHIPPING_DB_PASSWORD\"", "--database=shop_shipping",
                        "--table=shipping_addresses", "--alter=\"MODIFY COLUMN `phone` text", "--execute")
                .doesNotContain("ALGORITHM", "ALTER TABLE");
    }

    @Test
    void everyTargetOffersIt() {
        ExportInput input = widenPhone();
        for (ExportTarget target : List.of(ExportTarget.FLYWAY, ExportTarget.LIQUIBASE, ExportTarget.GITHUB_ACTIONS,
                ExportTarget.GITLAB_CI, ExportTarget.MARKDOWN, ExportTarget.HTML)) {
            String all = String.join("\n", Exporter.export(target, input).stream()
                    .filter(f -> !f.path().endsWith(".png")).map(ExportedFile::text).toList());
            assertThat(all).as(target.id()).contains("gh-ost --host=127.0.0.1", "--table=shipping_addresses");
        }
    }

    @Test
    void anInstantChangeIsNotOffered() throws Exception {
        assertThat(DemoExports.input("rename-phone").statements()).allSatisfy(s -> assertThat(s.tableCopies())
                .isEmpty());
    }
}
