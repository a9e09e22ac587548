package dev.phaseshift.plan.compat;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Channel;
import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.QualifiedName;
import dev.phaseshift.estate.TableAccess;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.check.PlanCheck;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.RenameColumn;
import dev.phaseshift.plan.pattern.ChangeColumnTypePattern;
import dev.phaseshift.plan.pattern.ColumnTarget;
import dev.phaseshift.plan.pattern.MoveTablePattern;
import dev.phaseshift.plan.pattern.PatternResult;
import dev.phaseshift.plan.pattern.RenameColumnPattern;
import dev.phaseshift.plan.pattern.SplitColumnPattern;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A release a plan deploys that the demo estate does not declare (the wizards deploy {@code shipping v4}, the
 * estate declares only v3) is judged as its predecessor followed through the plan: the matrix gets its row, a
 * deployment placed before what it reads exists turns red, and one placed after stays green.
 */
class AssumedContractsTest {
    private static final Estate DEMO = DemoEstate.load();
    private static final ConsumerDeployment SHIPPING_V4 = new ConsumerDeployment("shipping", "v3", "v4");

    private static Plan renameSku() {
        return plan(new RenameColumnPattern(List.of(new ColumnTarget("orders", "order_items", "sku")), "item_sku",
                List.of(SHIPPING_V4), "rename sku").plan(DEMO.snapshots()));
    }

    private static Plan plan(PatternResult result) {
        assertThat(result.problems()).noneMatch(p -> p.isError());
        return result.plan();
    }

    private static ConsumerContract v4(PlanCheck check) {
        return check.contracts().stream().filter(c -> c.label().equals("shipping v4")).findFirst().orElseThrow();
    }

    private static Optional<TableAccess> reads(ConsumerContract contract, String relation) {
        return contract.reads().stream().filter(a -> a.relation().equals(QualifiedName.parse(relation))).findFirst();
    }

    /** Shipping v4 deployed in phase {@code switch}, then {@code step} in phase {@code contract}. */
    private static Plan deployThen(Step step) {
        return new Plan("deploy, then " + step.id(), null, List.of("orders", "shipping"), List.of(
                new Phase("switch", PhaseKind.SWITCH, null, List.of(), List.of(), List.of(), List.of(SHIPPING_V4),
                        null),
                Phase.of("contract", PhaseKind.CONTRACT, List.of(step))), null);
    }

    /** The plan with its shipping deployment moved to {@code phaseId}. */
    private static Plan deployIn(Plan plan, String phaseId) {
        List<Phase> phases = new ArrayList<>();
        for (Phase p : plan.phases()) {
            List<ConsumerDeployment> kept = new ArrayList<>(p.deployments().stream()
                    .filter(d -> !d.service().equals("shipping")).toList());
            if (p.id().equals(phaseId)) {
                kept.add(SHIPPING_V4);
            }
            phases.add(new Phase(p.id(), p.kind(), p.description(), p.dependsOn(), p.gates(), p.steps(), kept,
                    p.location()));
        }
        return new Plan(plan.name(), plan.description(), plan.services(), phases, plan.location());
    }

    @Test
    void theWizardsNewReleaseReadsTheNewNameAndIsGreenWhereTheWizardDeploysIt() {
        PlanCheck check = PlanCheck.of(renameSku(), DEMO);

        ConsumerContract v4 = v4(check);
        assertThat(v4.assumed()).isTrue();
        assertThat(v4.assumedFrom()).isEqualTo("shipping v3");
        assertThat(reads(v4, "orders.public.order_items").orElseThrow().columns())
                .containsExactly("id", "order_id", "product_id", "item_sku", "quantity");
        assertThat(reads(v4, "orders.public.order_addresses").orElseThrow().wholeRelation()).isTrue();
        assertThat(check.matrix().versions()).endsWith("shipping v4");
        assertThat(check.matrix().assumed()).containsEntry("shipping v4", "shipping v3");
        assertThat(check.matrix().green()).isTrue();
        assertThat(MatrixText.render(check.matrix()))
                .contains("shipping v4: not declared in the estate; assumed to use what shipping v3 uses");
    }

    @Test
    void deployedBeforeTheBackfillTheNewReleaseIsRedWithTheReason() {
        PlanCheck early = PlanCheck.of(deployIn(renameSku(), "expand"), DEMO);

        MatrixCell cell = early.matrix().cell("shipping v4", "expand").orElseThrow();
        assertThat(cell.live()).isTrue();
        assertThat(cell.breaks()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(BreakKind.NOT_YET_BACKFILLED);
            assertThat(b.reason()).isEqualTo("shipping v4 reads orders.public.order_items.item_sku, which existing "
                    + "rows get only from the backfill in phase migrate (NULL until then)");
        });
        assertThat(early.consumerProblems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("shipping v4 is not declared in the estate: assumed to use what shipping v3 uses"));

        assertThat(PlanCheck.of(deployIn(renameSku(), "migrate"), DEMO).matrix().green())
                .as("a deployment in migrate goes live after the backfill").isTrue();
    }

    @Test
    void aPlainRenameAfterTheDeploymentLeavesTheNewReleaseWithoutItsColumn() {
        Plan plan = deployThen(Step.of("rename", "orders", new RenameColumn("order_items", "sku", "item_sku")));
        PlanCheck check = PlanCheck.of(plan, DEMO);

        assertThat(check.matrix().cell("shipping v4", "switch").orElseThrow().reason())
                .contains("shipping v4 reads orders.public.order_items.item_sku, added only in phase contract");
        assertThat(check.matrix().cell("shipping v3", "switch").orElseThrow().compatible()).isTrue();
    }

    @Test
    void aTypeChangeFollowsTheColumnTheBackfillFills() {
        Plan plan = plan(new ChangeColumnTypePattern(new ColumnTarget("customers", "customers", "phone"),
                "varchar(64)", "phone_e164", null, List.of(new ConsumerDeployment("notifications", "v2", "v3")),
                "widen phone").plan(DEMO.snapshots()));
        ConsumerContract reader = new ConsumerContract("notifications", "v2", null, List.of(new TableAccess(
                QualifiedName.parse("customers.public.customers"), List.of("id", "phone"), Channel.CDC, null)),
                List.of(), null);
        PlanCheck check = PlanCheck.of(plan, DEMO.withDefinition(DEMO.definition().withConsumers(List.of(reader))));

        ConsumerContract v3 = check.contracts().get(1);
        assertThat(v3.label()).isEqualTo("notifications v3");
        assertThat(reads(v3, "customers.public.customers").orElseThrow().columns()).containsExactly("id", "phone_e164");
        assertThat(check.matrix().green()).isTrue();
    }

    @Test
    void aMovedTableIsReadInItsNewService() {
        Plan plan = plan(new MoveTablePattern("inventory", "reservations", "shipping", null, List.of(SHIPPING_V4),
                "move reservations").plan(DEMO));
        PlanCheck check = PlanCheck.of(plan, DEMO);

        ConsumerContract v4 = v4(check);
        assertThat(v4.writes()).extracting(a -> a.relation().service()).containsExactly("shipping");
        assertThat(v4.writes().get(0).relation().relation()).isEqualTo("reservations");
        assertThat(v4.writes().get(0).columns()).contains("status");
        assertThat(reads(v4, "inventory.shop_inventory.stock_levels")).as("what did not move stays").isPresent();
        assertThat(check.matrix().green()).isTrue();

        MatrixCell early = PlanCheck.of(deployIn(plan, "expand"), DEMO).matrix().cell("shipping v4", "expand")
                .orElseThrow();
        assertThat(early.compatible()).as("the copy exists from expand on").isTrue();
    }

    @Test
    void aColumnDroppedWithoutSuccessorIsNotAssumedRead() {
        Plan plan = deployThen(Step.of("drop", "orders", new DropColumn("order_items", "sku")));
        PlanCheck check = PlanCheck.of(plan, DEMO);

        assertThat(reads(v4(check), "orders.public.order_items").orElseThrow().columns())
                .containsExactly("id", "order_id", "product_id", "quantity");
        assertThat(check.matrix().green()).isTrue();
    }

    @Test
    void aDeclaredReleaseAndAServiceWithoutContractsGetNoAssumption() {
        Estate declared = DEMO.withDefinition(DEMO.definition().withConsumers(withV4(DEMO.consumers())));
        PlanCheck check = PlanCheck.of(renameSku(), declared);
        assertThat(v4(check).assumed()).isFalse();
        assertThat(check.matrix().assumed()).isEmpty();

        Plan customers = plan(new RenameColumnPattern(List.of(new ColumnTarget("customers", "customers", "locale")),
                "language", List.of(new ConsumerDeployment("customers", "v1", "v2"),
                new ConsumerDeployment("notifications", "v2", "v3")), "rename locale").plan(DEMO.snapshots()));
        PlanCheck both = PlanCheck.of(customers, DEMO);
        assertThat(both.matrix().versions()).contains("notifications v3").doesNotContain("customers v2");
        assertThat(both.matrix().green()).isTrue();
    }

    @Test
    void aSplitColumnIsReadFromTheTableItMovesTo() {
        Plan plan = plan(new SplitColumnPattern("orders", "order_items", "product_name", "order_item_names",
                List.of(), "split names").plan(DEMO.snapshots()));
        ConsumerContract reader = new ConsumerContract("shipping", "v3", null, List.of(new TableAccess(
                QualifiedName.parse("orders.public.order_items"), List.of("id", "product_name"),
                Channel.REPLICA, null)), List.of(), null);
        Estate estate = DEMO.withDefinition(DEMO.definition().withConsumers(List.of(reader)));

        ConsumerContract v4 = v4(PlanCheck.of(deployIn(plan, "switch"), estate));
        assertThat(reads(v4, "orders.public.order_items").orElseThrow().columns()).containsExactly("id");
        assertThat(reads(v4, "orders.public.order_item_names").orElseThrow().columns())
                .containsExactly("product_name");
    }

    @Test
    void assignmentsSplitAtTopLevelCommasOnly() {
        assertThat(AssumedContracts.assignments("a = coalesce(b, ','), \"c\" = d[1], e = 'x,y'"))
                .containsExactly(java.util.Map.entry("a", "coalesce(b, ',')"), java.util.Map.entry("c", "d[1]"),
                        java.util.Map.entry("e", "'x,y'"));
    }

    private static List<ConsumerContract> withV4(List<ConsumerContract> consumers) {
        List<ConsumerContract> all = new ArrayList<>(consumers);
        ConsumerContract v3 = consumers.stream().filter(c -> c.label().equals("shipping v3")).findFirst()
                .orElseThrow();
        all.add(new ConsumerContract("shipping", "v4", null, v3.reads(), v3.writes(), null));
        return all;
    }
}
