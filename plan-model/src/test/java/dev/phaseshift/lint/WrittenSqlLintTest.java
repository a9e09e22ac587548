package dev.phaseshift.lint;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Severity;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.schema.Engine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A {@code sql} step is linted statement by statement, as the typed operations its statements perform. */
class WrittenSqlLintTest {
    private static LintResult lint(List<LintRule> rules, String up) {
        Step step = Step.of("change", "orders", new Sql(up, "SELECT 1"));
        Plan plan = Plan.of("p", null, List.of(Phase.of("change", PhaseKind.EXPAND, List.of(step))));
        return new Linter(rules, LintConfig.DEFAULTS).lint(plan, DemoEstate.load().snapshots());
    }

    /** A rule for rule authors' view: reports each typed operation it is shown, with what the schema holds. */
    private static final class TypedOperationsRule implements LintRule {
        @Override public String id() { return "typed-operations"; }
        @Override public String code() { return "PS999"; }
        @Override public String summary() { return "names typed operations"; }
        @Override public Severity defaultSeverity() { return Severity.WARNING; }
        @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL, Engine.MYSQL); }

        @Override
        public List<Finding> check(LintContext context) {
            List<Finding> out = new ArrayList<>();
            Operation op = context.operation();
            if (op instanceof AddColumn || op instanceof CreateIndex || op instanceof DropColumn) {
                boolean priorityBefore = SchemaEdit.table(context.before(), "orders")
                        .flatMap(l -> l.table().column("priority")).isPresent();
                out.add(finding(context, null, op.operationName() + (priorityBefore ? " after" : " before")
                        + " priority exists", null));
            }
            return out;
        }
    }

    @Test
    void rulesSeeEachStatementAsItsTypedOperationOnTheSchemaTheEarlierOnesLeft() {
        LintResult result = lint(List.of(new TypedOperationsRule()), "ALTER TABLE orders ADD COLUMN priority bigint;\n"
                + "CREATE INDEX CONCURRENTLY orders_priority_idx ON orders (priority);\n"
                + "ALTER TABLE orders DROP COLUMN priority");

        assertThat(result.findings()).extracting(Finding::message).containsExactly(
                "add_column before priority exists", "create_index after priority exists",
                "drop_column after priority exists");
    }

    @Test
    void aNameAddedBySqlIsCheckedLikeOneAddedByATypedOperation() {
        String longName = "priority_for_the_warehouse_team_that_ships_orders_before_the_cut_off_time";
        LintResult result = lint(LintRules.ALL, "SET lock_timeout = '5s';\n"
                + "ALTER TABLE orders ADD COLUMN IF NOT EXISTS " + longName + " bigint");

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("identifier-too-long");
    }

    @Test
    void aLockTimeoutSetEarlierInTheStepCoversEveryLaterStatement() {
        LintResult result = lint(LintRules.ALL, "SET lock_timeout = '5s';\n"
                + "ALTER TABLE orders ADD COLUMN IF NOT EXISTS priority bigint;\n"
                + "ALTER TABLE orders ADD COLUMN IF NOT EXISTS rank bigint");

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aStatementNotUnderstoodIsNamedOnceWithItsReasonAmongUnderstoodOnes() {
        LintResult result = lint(LintRules.ALL, "SET lock_timeout = '5s';\n"
                + "ALTER TABLE orders ADD COLUMN IF NOT EXISTS priority bigint;\n"
                + "ALTER TYPE order_address ALTER ATTRIBUTE street TYPE varchar(200)");

        assertThat(result.findings()).extracting(Finding::message).containsExactly("cannot analyse \"ALTER TYPE "
                + "order_address ALTER ATTRIBUTE street TYPE varc...\": ALTER TYPE ... ALTER is not modelled, "
                + "so no rule checked its locks or rewrites");
    }
}
