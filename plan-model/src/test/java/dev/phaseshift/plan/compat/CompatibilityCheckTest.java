package dev.phaseshift.plan.compat;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Channel;
import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.QualifiedName;
import dev.phaseshift.estate.TableAccess;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.CreateView;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.DropView;
import dev.phaseshift.plan.op.RenameColumn;
import dev.phaseshift.plan.op.RenameTable;
import dev.phaseshift.plan.op.SetNotNull;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compatibility matrix on the demo estate: the demo plans are green, and moving a step or a deployment to
 * the wrong phase turns exactly the cells red that a user would expect, with the exact reason.
 */
class CompatibilityCheckTest {
    private static final Estate DEMO = DemoEstate.load();

    /**
     * The demo estate plus the customers service's own releases, which the rename-phone plan deploys: v1 still
     * reads {@code phone}, v2 reads {@code phone_number}.
     */
    private static final Estate WITH_CUSTOMERS = withConsumers(
            contract("customers", "v1", "customers.public.customers", List.of("id", "phone")),
            contract("customers", "v2", "customers.public.customers", List.of("id", "phone_number")));

    private static ConsumerContract contract(String service, String version, String relation, List<String> columns) {
        String[] parts = relation.split("\\.");
        return new ConsumerContract(service, version, null, List.of(new TableAccess(
                QualifiedName.relation(parts[0], parts[1], parts[2]), columns, Channel.SHARED_DATABASE, null)),
                List.of(), null);
    }

    private static Estate withConsumers(ConsumerContract... extra) {
        List<ConsumerContract> all = new ArrayList<>(DEMO.consumers());
        all.addAll(List.of(extra));
        return DEMO.withDefinition(DEMO.definition().withConsumers(all));
    }

    private static Plan demoPlan(String name) throws Exception {
        try (var in = CompatibilityCheckTest.class.getResourceAsStream("/demo/plans/" + name + ".plan.yaml")) {
            return PlanFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CompatibilityMatrix matrix(Plan plan, Estate estate) {
        SimulationResult result = Simulation.run(plan, estate.snapshots());
        assertThat(result.problems()).as("the plan itself validates").isEmpty();
        return CompatibilityCheck.of(plan, result, estate.consumers());
    }

    private static Phase phase(String id, Step... steps) {
        return Phase.of(id, PhaseKind.EXPAND, List.of(steps));
    }

    private static List<String> red(CompatibilityMatrix matrix) {
        return matrix.broken().stream().map(c -> c.label() + " @ " + c.state() + ": " + c.reason()).toList();
    }

    @Test
    void theRenamePhonePlanIsGreenOnEveryLiveCell() throws Exception {
        CompatibilityMatrix matrix = matrix(demoPlan("rename-phone"), WITH_CUSTOMERS);

        assertThat(MatrixText.render(matrix)).isEqualTo("""
                consumer compatibility before the plan and after each phase (✓ compatible, ✗ breaks, not live: \
                that version does not run there)
                  consumer          before    expand    migrate   switch    contract
                  billing v1        ✓         ✓         ✓         ✓         ✓
                  billing v2        ✓         ✓         ✓         ✓         ✓
                  shipping v3       ✓         ✓         ✓         ✓         not live
                  notifications v2  ✓         ✓         ✓         ✓         ✓
                  orders v12        ✓         ✓         ✓         ✓         ✓
                  inventory v5      ✓         ✓         ✓         ✓         ✓
                  customers v1      ✓         ✓         ✓         ✓         not live
                  customers v2      not live  not live  not live  ✓         ✓
                every live consumer version is compatible at every state
                """);
    }

    @Test
    void theOrdersPriorityPlanIsGreenOnEveryLiveCell() throws Exception {
        CompatibilityMatrix matrix = matrix(demoPlan("orders-priority"), DEMO);

        assertThat(matrix.green()).isTrue();
        assertThat(matrix.states()).containsExactly("before", "expand", "migrate", "contract");
        assertThat(matrix.cells()).hasSize(6 * 4).allMatch(MatrixCell::live).allMatch(MatrixCell::compatible);
    }

    @Test
    void droppingTheOldColumnOnePhaseEarlyBreaksTheOldVersionWhereItStillRuns() throws Exception {
        Plan plan = demoPlan("rename-phone");
        Phase contract = plan.phase("contract").orElseThrow();
        List<Step> customerSteps = contract.steps().stream().filter(s -> s.service().equals("customers")).toList();
        List<Phase> phases = new ArrayList<>();
        for (Phase p : plan.phases()) {
            List<Step> steps = new ArrayList<>(p.steps());
            if (p.id().equals("switch")) {
                steps.addAll(customerSteps);
            } else if (p.id().equals("contract")) {
                steps.removeAll(customerSteps);
            }
            phases.add(new Phase(p.id(), p.kind(), p.description(), p.dependsOn(), p.gates(), steps, p.deployments(),
                    p.location()));
        }
        CompatibilityMatrix matrix = matrix(new Plan(plan.name(), null, plan.services(), phases, null),
                WITH_CUSTOMERS);

        assertThat(red(matrix)).containsExactly("customers v1 @ switch: customers v1 reads "
                + "customers.public.customers.phone, dropped in phase switch");
        ConsumerBreak broke = matrix.cell("customers v1", "switch").orElseThrow().breaks().get(0);
        assertThat(broke.phaseId()).isEqualTo("switch");
        assertThat(broke.stepId()).isEqualTo("customers-customers-drop-phone");
        assertThat(matrix.cell("customers v1", "contract").orElseThrow().live()).isFalse();
    }

    /** rename-phone with its switch-phase deployments moved to {@code phaseId}. */
    private static Plan deployingIn(String phaseId) throws Exception {
        Plan plan = demoPlan("rename-phone");
        List<ConsumerDeployment> deployments = plan.phase("switch").orElseThrow().deployments();
        List<Phase> phases = new ArrayList<>();
        for (Phase p : plan.phases()) {
            phases.add(p.id().equals(phaseId) ? p.withDeployments(deployments)
                    : p.id().equals("switch") ? p.withDeployments(List.of()) : p);
        }
        return new Plan(plan.name(), null, plan.services(), phases, null);
    }

    @Test
    void deployingTheNewVersionBeforeTheBackfillHasRunReadsNulls() throws Exception {
        // after migrate the backfill has run: the earliest the new version may go
        assertThat(red(matrix(deployingIn("migrate"), WITH_CUSTOMERS))).isEmpty();

        // one phase earlier, phone_number exists but rows written before the plan still hold NULL in it
        CompatibilityMatrix early = matrix(deployingIn("expand"), WITH_CUSTOMERS);
        assertThat(red(early)).containsExactly("customers v2 @ expand: customers v2 reads "
                + "customers.public.customers.phone_number, which existing rows get only from the backfill in phase "
                + "migrate (NULL until then)");
        ConsumerBreak cause = early.cell("customers v2", "expand").orElseThrow().breaks().get(0);
        assertThat(cause.kind()).isEqualTo(BreakKind.NOT_YET_BACKFILLED);
        assertThat(cause.stepId()).isEqualTo("customers-customers-backfill-phone_number");
        assertThat(DeploymentOrderCheck.problems(deployingIn("expand"), early, WITH_CUSTOMERS.consumers()))
                .extracting(Problem::help).containsExactly("deploy customers v2 in phase \"migrate\" or later");
    }

    @Test
    void deployingOnePhaseLateKeepsTheOldVersionOnTheContractedSchema() throws Exception {
        Plan plan = demoPlan("rename-phone");
        List<Phase> phases = new ArrayList<>();
        for (Phase p : plan.phases()) {
            phases.add(p.id().equals("switch") ? p.withDeployments(List.of())
                    : p.id().equals("contract") ? p.withDeployments(plan.phase("switch").orElseThrow().deployments())
                    : p);
        }
        Plan late = new Plan(plan.name(), null, plan.services(), phases, null);
        CompatibilityMatrix matrix = matrix(late, WITH_CUSTOMERS);

        assertThat(red(matrix)).containsExactly("customers v1 @ contract: customers v1 reads "
                + "customers.public.customers.phone, dropped in phase contract");
        List<Problem> problems = DeploymentOrderCheck.problems(late, matrix, WITH_CUSTOMERS.consumers());
        assertThat(problems).extracting(Problem::message).containsExactly("after phase \"contract\", customers v1 "
                + "reads customers.public.customers.phone, dropped in phase contract; customers v1 runs until phase "
                + "\"contract\", where customers v2 replaces it");
        assertThat(problems).extracting(Problem::help).containsExactly("move step \"customers-customers-drop-phone\" "
                + "to a phase after \"contract\", or deploy customers v2 in an earlier phase");
    }

    @Test
    void aVersionDeployedBeforeThePhaseThatCreatesWhatItReadsIsTooEarly() {
        Estate estate = withConsumers(contract("notifications", "v3", "orders.public.order_feed",
                List.of("order_id")));
        Plan plan = Plan.of("feed", null, List.of(
                phase("announce").withDeployments(List.of(new ConsumerDeployment("notifications", "v2", "v3"))),
                phase("expand", Step.of("create-feed", "orders", new CreateView("order_feed",
                        "SELECT id AS order_id FROM orders")))));
        CompatibilityMatrix matrix = matrix(plan, estate);

        assertThat(red(matrix)).containsExactly("notifications v3 @ announce: notifications v3 reads orders.public.order_feed, "
                + "created only in phase expand");
        assertThat(matrix.cell("notifications v3", "before").orElseThrow().live()).isFalse();
        assertThat(matrix.cell("notifications v3", "expand").orElseThrow().compatible()).isTrue();
        Problem problem = DeploymentOrderCheck.problems(plan, matrix, estate.consumers()).get(0);
        assertThat(problem.message()).isEqualTo("after phase \"announce\", notifications v3 reads orders.public.order_feed, "
                + "created only in phase expand; notifications v3 is deployed in phase \"announce\"");
        assertThat(problem.help()).isEqualTo("deploy notifications v3 in phase \"expand\" or later");
    }

    @Test
    void aWriterThatLeavesOutAColumnThePlanMakesRequiredCannotInsert() {
        Plan plan = Plan.of("reserve", null, List.of(
                phase("expand", Step.of("add", "inventory", new AddColumn("reservations",
                        ColumnSpec.of("reserved_by", "varchar(64)"), null))),
                Phase.of("contract", PhaseKind.CONTRACT, List.of(Step.of("require", "inventory",
                        new SetNotNull("reservations", "reserved_by"))))));
        CompatibilityMatrix matrix = matrix(plan, DEMO);

        assertThat(red(matrix)).containsExactly("shipping v3 @ contract: shipping v3 inserts into "
                + "inventory.shop_inventory.reservations without the new NOT NULL column reserved_by, NOT NULL since "
                + "phase contract");
        ConsumerBreak broke = matrix.cell("shipping v3", "contract").orElseThrow().breaks().get(0);
        assertThat(broke.kind()).isEqualTo(BreakKind.REQUIRED_COLUMN_NOT_WRITTEN);
        assertThat(broke.stepId()).isEqualTo("require");
    }

    @Test
    void aColumnThePlanMakesNotNullWithoutADefaultBreaksAWriterThatLeavesItOut() {
        Plan plan = Plan.of("expiry", null, List.of(Phase.of("contract", PhaseKind.CONTRACT, List.of(
                Step.of("require", "inventory", new SetNotNull("reservations", "expires_at"))))));

        assertThat(red(matrix(plan, DEMO))).containsExactly("shipping v3 @ contract: shipping v3 inserts into "
                + "inventory.shop_inventory.reservations without column expires_at, NOT NULL without a default since "
                + "phase contract");
    }

    @Test
    void aWholeRelationReaderBreaksWhenTheTableGoesNotWhenAColumnDoes() {
        Plan dropColumn = Plan.of("p", null, List.of(phase("contract", Step.of("drop", "orders",
                new DropColumn("order_addresses", "line2")))));
        assertThat(matrix(dropColumn, DEMO).green()).isTrue();

        Plan rename = Plan.of("p", null, List.of(phase("contract", Step.of("rename", "orders",
                new RenameTable("order_addresses", "addresses")))));
        assertThat(red(matrix(rename, DEMO))).containsExactly("shipping v3 @ contract: shipping v3 reads "
                + "orders.public.order_addresses, renamed to addresses in phase contract");
    }

    @Test
    void aDroppedViewBreaksEveryLiveVersionThatReadsIt() {
        Plan plan = Plan.of("p", null, List.of(phase("contract", Step.of("drop-view", "customers",
                new DropView("active_customers")))));
        assertThat(red(matrix(plan, DEMO))).containsExactly(
                "billing v1 @ contract: billing v1 reads customers.public.active_customers, dropped in phase contract",
                "billing v2 @ contract: billing v2 reads customers.public.active_customers, dropped in phase contract");
    }

    @Test
    void aRenamedColumnSaysWhatItIsCalledNow() {
        Plan plan = Plan.of("p", null, List.of(phase("expand"), phase("contract", Step.of("rename", "orders",
                new RenameColumn("orders", "total", "total_amount")))));
        CompatibilityMatrix matrix = matrix(plan, DEMO);

        assertThat(red(matrix)).containsExactly("billing v1 @ contract: billing v1 reads orders.public.orders.total, "
                + "renamed to total_amount in phase contract");
        assertThat(MatrixText.render(matrix)).endsWith("""
                  billing v1        ✓         ✓         ✗
                  billing v2        ✓         ✓         ✓
                  shipping v3       ✓         ✓         ✓
                  notifications v2  ✓         ✓         ✓
                  orders v12        ✓         ✓         ✓
                  inventory v5      ✓         ✓         ✓
                breaks:
                  ✗ billing v1 reads orders.public.orders.total, renamed to total_amount in phase contract (step \
                "rename"); live and broken at: contract
                """);
    }
}
