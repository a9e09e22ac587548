package dev.phaseshift.lint.rules;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintResult;
import dev.phaseshift.lint.Linter;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.RenameTable;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.plan.sim.Simulation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who decides about a dropped or renamed table or column, against the demo estate: without consumer contracts
 * PS121/PS122 report an error; with contracts, one that names the object leaves it to PS117 (an error while that
 * consumer is live); one that names nothing about it makes PS121/PS122 a warning; an object the plan created is
 * nobody's.
 */
class DestructiveDropTest {
    private static final Estate ESTATE = DemoEstate.load();

    private static LintResult lint(boolean withContracts, Operation... ops) {
        List<Step> steps = new java.util.ArrayList<>();
        for (int i = 0; i < ops.length; i++) {
            steps.add(Step.of("step-" + (i + 1), "orders", ops[i]));
        }
        Plan plan = Plan.of("drops", "drops in orders", List.of(Phase.of("contract", PhaseKind.CONTRACT, steps)));
        return Linter.standard().lint(plan, Simulation.run(plan, ESTATE), withContracts ? ESTATE.consumers()
                : List.of());
    }

    private static List<Finding> of(LintResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void withoutConsumerContractsADropIsAnError() {
        LintResult result = lint(false, new DropColumn("order_notes", "is_internal"));

        assertThat(of(result, "destructive-drop")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("dropping column \"is_internal\" of table \"order_notes\" deletes it "
                    + "and its data, and nothing shows that no running code still reads or writes it");
        });
    }

    @Test
    void aColumnALiveConsumerReadsIsBreaksLiveConsumersAlone() {
        LintResult result = lint(true, new Sql("ALTER TABLE orders DROP COLUMN placed_at", "SELECT 1"));

        assertThat(of(result, "breaks-live-consumer")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("billing v1 reads orders.public.orders.placed_at"));
        assertThat(of(result, "destructive-drop")).isEmpty();
    }

    @Test
    void anObjectNoContractNamesIsAWarningThatNobodyIsKnownToUseIt() {
        LintResult result = lint(true, new DropColumn("order_notes", "is_internal"),
                new RenameTable("order_discounts", "order_discount_lines"));

        assertThat(of(result, "destructive-drop")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(of(result, "breaking-rename")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).endsWith("no consumer contract names it, so nobody is known to use it");
        });
        assertThat(of(result, "breaks-live-consumer")).isEmpty();
    }

    @Test
    void aColumnOnlyAWholeTableReaderUsesIsNamedByNoContract() {
        // shipping v3 reads every column of order_addresses without listing them
        LintResult result = lint(true, new DropColumn("order_addresses", "line2"));

        assertThat(of(result, "breaks-live-consumer")).isEmpty();
        assertThat(of(result, "destructive-drop")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aColumnThePlanAddedIsNobodysToLose() {
        LintResult result = lint(false, new AddColumn("orders", new ColumnSpec("trial", "boolean", null, null), null),
                new DropColumn("orders", "trial"));

        assertThat(of(result, "destructive-drop")).isEmpty();
    }
}
