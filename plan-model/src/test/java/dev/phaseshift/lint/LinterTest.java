package dev.phaseshift.lint;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Severity;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.Sql;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Suppressions and per-estate severities, which the engine applies so rules never see them. */
class LinterTest {
    private static LintResult lint(Step step, LintConfig config) {
        Plan plan = Plan.of("p", null, List.of(Phase.of("change", PhaseKind.MIGRATE, List.of(step))));
        return new Linter(LintRules.ALL, config).lint(plan, DemoEstate.load().snapshots());
    }

    private static Step update(String up, String notes) {
        return Step.of("fill", "orders", new Sql(up, "SELECT 1")).withNotes(notes);
    }

    @Test
    void anAllowCommentWithAReasonSilencesItsRuleOnly() {
        LintResult result = lint(update("-- phaseshift:allow backfill-without-batching only 40 rows match, checked\n"
                + "UPDATE orders SET channel = 'web' WHERE id < 40", null), LintConfig.DEFAULTS);

        assertThat(result.findings()).isEmpty();
        assertThat(result.suppressed()).extracting(Finding::ruleId).containsExactly("backfill-without-batching");
    }

    @Test
    void anAllowInTheNotesSilencesToo() {
        LintResult result = lint(update("UPDATE orders SET channel = 'web' WHERE id < 40",
                "phaseshift:allow backfill-without-batching only 40 rows match"), LintConfig.DEFAULTS);

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void anAllowWithoutAReasonSilencesNothing() {
        LintResult result = lint(update("UPDATE orders SET channel = 'web' -- phaseshift:allow backfill-without-batching\n",
                null), LintConfig.DEFAULTS);

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("backfill-without-batching");
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void theEstateCanChangeASeverityOrTurnARuleOff() {
        Step step = update("UPDATE orders SET channel = 'web'", null);

        LintResult warned = lint(step, new LintConfig(Map.of("backfill-without-batching", Severity.WARNING), Set.of()));
        LintResult off = lint(step, new LintConfig(Map.of(), Set.of("backfill-without-batching")));

        assertThat(warned.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(warned.hasErrors()).isFalse();
        assertThat(off.findings()).isEmpty();
    }
}
