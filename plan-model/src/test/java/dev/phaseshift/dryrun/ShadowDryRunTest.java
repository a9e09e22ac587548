package dev.phaseshift.dryrun;

import dev.phaseshift.connect.JdbcUrl;
import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.dryrun.report.BackfillEstimate;
import dev.phaseshift.dryrun.report.Check;
import dev.phaseshift.dryrun.report.DryRunReport;
import dev.phaseshift.dryrun.report.PhaseRun;
import dev.phaseshift.dryrun.report.ServiceShadow;
import dev.phaseshift.dryrun.report.StepRun;
import dev.phaseshift.dryrun.report.StepStatus;
import dev.phaseshift.dryrun.report.Verdict;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.VerificationGate;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.Backfill;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.schema.Extension;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shadow dry-runs on the real PostgreSQL and MariaDB test servers: the demo plans pass every check, a wrong
 * {@code down} and a half-applied MariaDB step are reported as such, and no shadow database is left behind.
 */
class ShadowDryRunTest {
    private static final Estate DEMO = DemoEstate.load();

    @Test
    void renamePhoneRunsOnPostgresAndMariaDbWithExactRollbacksAndIdempotentPhases() throws Exception {
        DryRunReport report = ShadowDryRun.run(DryRunRequest.of(demoPlan("rename-phone"), "rename-phone.plan.yaml",
                DEMO, Map.of("customers", scratch(TestServers.postgres()), "shipping", scratch(TestServers.mysql()))),
                DryRunListener.SILENT);

        assertPassedEverywhere(report);
        assertThat(report.services()).extracting(ServiceShadow::service).containsExactly("customers", "shipping");
        assertThat(report.services()).extracting(ServiceShadow::product).containsExactly("postgresql", "mariadb");
        assertThat(report.phases()).extracting(PhaseRun::phaseId)
                .containsExactly("expand", "migrate", "switch", "contract");
        // the contract phase drops "phone"; rolling back re-adds it at the end, which is exact apart from order
        assertThat(report.problems()).extracting(Problem::code).contains("scratch-is-source-server");
        Check contract = report.phases().get(3).rollback();
        assertThat(contract.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(contract.detail()).isEqualTo("rollback exact apart from column order in customers.public.customers");
        assertNoShadowLeft(report);
    }

    @Test
    void ordersPriorityRunsOnPostgresAndMeasuresItsBackfill() throws Exception {
        DryRunReport report = ShadowDryRun.run(DryRunRequest.of(demoPlan("orders-priority"), null, DEMO,
                Map.of("orders", scratch(TestServers.postgres()))), DryRunListener.SILENT);

        assertPassedEverywhere(report);
        StepRun backfill = report.phases().get(1).steps().get(0);
        assertThat(backfill.operation()).isEqualTo("backfill");
        assertThat(backfill.backfill()).as("an empty shadow measures no rows, so nothing is extrapolated")
                .isNotNull();
        assertThat(backfill.backfill().rowsMeasured()).isZero();
        assertThat(backfill.backfill().estimatedMillis()).isNull();
        assertThat(backfill.backfill().productionRows()).isNotNull();
        StepRun verify = report.phases().get(1).steps().get(1);
        assertThat(verify.statements()).singleElement()
                .satisfies(s -> assertThat(s.mode()).isEqualTo("must return true"));
        assertNoShadowLeft(report);
    }

    @Test
    void aDownThatDoesNotUndoItsUpFailsTheRollbackWithTheDifference() throws Exception {
        String service = "h5_wrong_down";
        Plan plan = Plan.of("wrong down", null, List.of(
                Phase.of("expand", PhaseKind.EXPAND, List.of(Step.of("add-nickname", service,
                        new Sql("ALTER TABLE customers ADD COLUMN nickname text",
                                "DROP INDEX IF EXISTS no_such_index"))))));
        DryRunReport report = ShadowDryRun.run(DryRunRequest.of(plan, null, estateWith(service, "customers"),
                Map.of(service, scratch(TestServers.postgres()))), DryRunListener.SILENT);

        PhaseRun expand = report.phases().get(0);
        assertThat(expand.steps()).extracting(StepRun::status).containsExactly(StepStatus.OK);
        assertThat(expand.rollback().verdict()).isEqualTo(Verdict.FAILED);
        assertThat(expand.rollback().differences())
                .containsExactly(service + ".public.customers: column \"nickname\" present, expected absent");
        assertThat(expand.idempotence().verdict()).isEqualTo(Verdict.FAILED);
        assertThat(expand.idempotence().detail()).contains("step \"add-nickname\" failed on the second run")
                .contains("nickname");
        assertThat(report.reversible().verdict()).isEqualTo(Verdict.FAILED);
        assertThat(report.passed()).isFalse();
        assertNoShadowLeft(report);
        assertNoShadowOf(TestServers.postgres(), service);
    }

    @Test
    void aStepThatFailsHalfwayOnMariaDbSaysWhatItLeftAndStopsItsService() throws Exception {
        String service = "h5_halfway";
        Plan plan = Plan.of("half way", null, List.of(
                Phase.of("expand", PhaseKind.EXPAND, List.of(
                        Step.of("two-alters", service, new Sql(
                                "ALTER TABLE shipping_addresses ADD COLUMN note varchar(20);\n"
                                        + "ALTER TABLE no_such_table ADD COLUMN x int",
                                "ALTER TABLE shipping_addresses DROP COLUMN note")),
                        Step.of("after", service, new AddColumn("shipping_addresses",
                                new ColumnSpec("later", "int", null, null), null))))));
        DryRunReport report = ShadowDryRun.run(DryRunRequest.of(plan, null, estateWith(service, "shipping"),
                Map.of(service, scratch(TestServers.mysql()))), DryRunListener.SILENT);

        List<StepRun> steps = report.phases().get(0).steps();
        StepRun failed = steps.get(0);
        assertThat(failed.status()).isEqualTo(StepStatus.FAILED);
        assertThat(failed.error()).contains("no_such_table");
        assertThat(failed.failedSql()).isEqualTo("ALTER TABLE no_such_table ADD COLUMN x int");
        assertThat(failed.stateLeft())
                .containsExactly(service
                        + ".shop_shipping.shipping_addresses: column \"note\" present, expected absent");
        assertThat(steps.get(1).status()).isEqualTo(StepStatus.NOT_RUN);
        assertThat(report.phases().get(0).rollback().verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(report.phases().get(0).rollback().detail()).contains("step \"two-alters\" failed");
        assertThat(report.passed()).isFalse();
        assertNoShadowLeft(report);
        assertNoShadowOf(TestServers.mysql(), service);
    }

    @Test
    void aServiceWithoutScratchServerIsAProblemNamingItAndTheOption() throws Exception {
        DryRunReport report = ShadowDryRun.run(DryRunRequest.of(demoPlan("rename-phone"), null, DEMO,
                Map.of("customers", scratch(TestServers.postgres()))), DryRunListener.SILENT);

        assertThat(report.problems()).filteredOn(Problem::isError).extracting(Problem::message)
                .containsExactly("service \"shipping\" has no scratch server");
        assertThat(report.problems()).filteredOn(Problem::isError).extracting(Problem::help)
                .containsExactly("give --scratch shipping=JDBC");
        assertThat(report.phases().get(0).steps()).filteredOn(s -> s.service().equals("shipping"))
                .extracting(StepRun::status).containsOnly(StepStatus.NOT_RUN);
        assertThat(report.phases().get(0).steps()).filteredOn(s -> s.service().equals("customers"))
                .extracting(StepRun::status).containsOnly(StepStatus.OK);
        assertThat(report.phases().get(0).rollback().verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(report.passed()).isFalse();
        assertNoShadowLeft(report);
    }

    @Test
    void aScratchServerThatDoesNotAnswerIsAProblemAndNothingRunsForItsService() {
        ShadowServer nowhere = new ShadowServer(JdbcUrl.parse("jdbc:postgresql://127.0.0.1:1/postgres"), "postgres",
                null, Clock.systemUTC());
        DryRunReport report = ShadowDryRun.run(DryRunRequest.of(Plan.of("one", null, List.of(Phase.of("expand",
                PhaseKind.EXPAND, List.of(Step.of("add", "h5_nowhere", new AddColumn("orders",
                        ColumnSpec.of("note", "text"), null)))))), null, estateWith("h5_nowhere", "orders"),
                Map.of("h5_nowhere", nowhere)), DryRunListener.SILENT);

        assertThat(report.problems()).filteredOn(Problem::isError).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("service \"h5_nowhere\": cannot connect to"));
        assertThat(report.services()).singleElement().satisfies(s -> {
            assertThat(s.shadowDatabase()).isNull();
            assertThat(s.error()).contains("cannot connect");
        });
        assertThat(report.phases().get(0).steps()).extracting(StepRun::status).containsExactly(StepStatus.NOT_RUN);
        assertThat(report.reversible().verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(report.passed()).isFalse();
    }

    @Test
    void aScratchServerWithoutAnExtensionOfTheSnapshotNamesItAndRunsNothingForThatService() throws Exception {
        String service = "h11_no_extension";
        Map<String, Snapshot> snapshots = new LinkedHashMap<>(DEMO.snapshots());
        Snapshot orders = DEMO.snapshot("orders").orElseThrow();
        snapshots.put(service, orders.withExtensions(List.of(
                new Extension("phaseshift_no_such_extension", "1.0", "public", List.of(), null))));
        Plan plan = Plan.of("one", null, List.of(Phase.of("expand", PhaseKind.EXPAND, List.of(Step.of("add", service,
                new AddColumn("orders", ColumnSpec.of("note", "text"), null))))));
        DryRunReport report = ShadowDryRun.run(DryRunRequest.of(plan, null, DEMO.withSnapshots(snapshots),
                Map.of(service, scratch(TestServers.postgres()))), DryRunListener.SILENT);

        assertThat(report.services()).singleElement().satisfies(s -> assertThat(s.error())
                .contains("extension \"phaseshift_no_such_extension\" version \"1.0\" of service \"orders\" is "
                        + "not available on the target server"));
        assertThat(report.phases().get(0).steps()).extracting(StepRun::status).containsExactly(StepStatus.NOT_RUN);
        assertThat(report.passed()).isFalse();
        assertNoShadowLeft(report);
        assertNoShadowOf(TestServers.postgres(), service);
    }

    @Test
    void aStatementThatOutrunsTheTimeoutFailsItsStepOnPostgres() throws Exception {
        String service = "h5_timeout_pg";
        Plan plan = Plan.of("slow", null, List.of(Phase.of("migrate", PhaseKind.MIGRATE, List.of(
                Step.of("sleep", service, new Sql("SELECT pg_sleep(5)", "SELECT 1"))))));
        DryRunReport report = ShadowDryRun.run(DryRunRequest.of(plan, null, estateWith(service, "orders"),
                Map.of(service, scratch(TestServers.postgres()))).withStatementTimeout(Duration.ofSeconds(1)),
                DryRunListener.SILENT);

        StepRun sleep = report.phases().get(0).steps().get(0);
        assertThat(sleep.status()).isEqualTo(StepStatus.FAILED);
        assertThat(sleep.error()).startsWith("timed out after 1 s");
        assertThat(sleep.failedSql()).isEqualTo("SELECT pg_sleep(5)");
        assertNoShadowLeft(report);
        assertNoShadowOf(TestServers.postgres(), service);
    }

    @Test
    void aCancelledRunStopsRunningStepsAndStillDropsItsShadows() throws Exception {
        String service = "h5_cancelled";
        Plan plan = Plan.of("two columns", null, List.of(Phase.of("expand", PhaseKind.EXPAND, List.of(
                Step.of("first", service, new AddColumn("orders", ColumnSpec.of("first_note", "text"), null)),
                Step.of("second", service, new AddColumn("orders", ColumnSpec.of("second_note", "text"), null))))));
        AtomicBoolean stop = new AtomicBoolean();
        DryRunListener cancelAfterFirstStep = new DryRunListener() {
            @Override
            public void stepDone(String pass, StepRun step) {
                stop.set(true);
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
        DryRunReport report = ShadowDryRun.run(DryRunRequest.of(plan, null, estateWith(service, "orders"),
                Map.of(service, scratch(TestServers.postgres()))), cancelAfterFirstStep);

        assertThat(report.phases().get(0).steps()).extracting(StepRun::status)
                .containsExactly(StepStatus.OK, StepStatus.NOT_RUN);
        assertThat(report.problems()).extracting(Problem::message).contains("the dry-run was cancelled");
        assertThat(report.phases().get(0).rollback().verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(report.services()).extracting(ServiceShadow::dropped).containsExactly(true);
        assertNoShadowLeft(report);
        assertNoShadowOf(TestServers.postgres(), service);
    }

    @Test
    void staleShadowsOfAKilledRunAreCleanedButFreshOnesAreNot() throws Exception {
        DatabaseServer server = TestServers.postgres();
        ShadowName old = ShadowName.fresh("h5_stale", Instant.now().minus(Duration.ofHours(5)));
        try (Connection c = server.connectAdmin(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE \"" + old + "\"");
        }
        try (ShadowDatabase fresh = scratch(server).create("h5_stale")) {
            assertThat(ShadowDryRun.findStale(scratch(server), Duration.ofHours(1))).extracting(StaleShadow::name)
                    .contains(old).doesNotContain(fresh.name());
            assertThat(ShadowDryRun.cleanStale(scratch(server), Duration.ofHours(1))).extracting(StaleShadow::name)
                    .contains(old).doesNotContain(fresh.name());
            assertThat(server.databaseExists(old.databaseName())).isFalse();
            assertThat(server.databaseExists(fresh.name().databaseName())).isTrue();
        }
        assertNoShadowOf(server, "h5_stale");
    }

    @Test
    void aBackfillOnRowsIsTimedAndExtrapolatedToTheProductionRowEstimate() throws Exception {
        String service = "h5_backfill";
        Plan plan = Plan.of("backfill", null, List.of(
                Phase.of("expand", PhaseKind.EXPAND, List.of(
                        Step.of("rows", service, new Sql("INSERT INTO customers (id, email, full_name, phone) "
                                + "SELECT g, 'c' || g || '@example.com', 'c' || g, '+44' || g "
                                + "FROM generate_series(1, 3000) g", "DELETE FROM customers")),
                        Step.of("add", service, new AddColumn("customers",
                                ColumnSpec.of("phone_copy", "varchar(32)"), null)))),
                Phase.of("migrate", PhaseKind.MIGRATE, List.of(
                        Step.of("copy", service, new Backfill("customers", "phone_copy = phone",
                                "phone_copy IS NULL", 1000, 0))))));
        DryRunReport report = ShadowDryRun.run(DryRunRequest.of(plan, null, estateWith(service, "customers"),
                Map.of(service, scratch(TestServers.postgres()))), DryRunListener.SILENT);

        assertPassedEverywhere(report);
        assertThat(report.phases().get(0).steps()).extracting(StepRun::rowsAffected).containsExactly(3000L, null);
        assertThat(report.phases().get(1).steps().get(0).rowsAffected()).isEqualTo(3000L);
        BackfillEstimate estimate = report.phases().get(1).steps().get(0).backfill();
        assertThat(estimate.table()).isEqualTo("customers");
        assertThat(estimate.rowsMeasured()).isEqualTo(3000L);
        assertThat(estimate.productionRows()).isEqualTo(2_400_000L);
        assertThat(estimate.estimatedMillis()).isNotNull();
        assertNoShadowLeft(report);
    }

    @Test
    void aLockHeldWhileTheStepRunsIsObservedInPgLocks() throws Exception {
        String service = "h5_locks_pg";
        Plan plan = Plan.of("lock", null, List.of(Phase.of("migrate", PhaseKind.MIGRATE, List.of(
                Step.of("hold", service, new Sql("LOCK TABLE orders IN ACCESS EXCLUSIVE MODE;\n"
                        + "SELECT pg_sleep(0.5)", "SELECT 1"))))));
        DryRunReport report = ShadowDryRun.run(DryRunRequest.of(plan, null, estateWith(service, "orders"),
                Map.of(service, scratch(TestServers.postgres()))), DryRunListener.SILENT);

        StepRun hold = report.phases().get(0).steps().get(0);
        assertThat(hold.status()).isEqualTo(StepStatus.OK);
        assertThat(hold.locks()).anySatisfy(lock -> {
            assertThat(lock.relation()).isEqualTo("public.orders");
            assertThat(lock.mode()).isEqualTo("AccessExclusiveLock");
            assertThat(lock.granted()).isTrue();
            assertThat(lock.blocksWrites()).isTrue();
            assertThat(lock.source()).isEqualTo("pg_locks");
            assertThat(lock.toMillis()).isGreaterThanOrEqualTo(lock.fromMillis());
        });
        assertNoShadowLeft(report);
    }

    @Test
    void whereMariaDbKeepsPerformanceSchemaOffAWriteProbeWatchesTheTableDuringABackfill() throws Exception {
        String service = "h5_probe_maria";
        Plan plan = Plan.of("probe", null, List.of(
                Phase.of("expand", PhaseKind.EXPAND, List.of(Step.of("rows", service, new Sql(
                        "INSERT INTO shipping_addresses (id, customer_id, recipient_name, line1, city, postal_code, "
                                + "country_code) VALUES (1, 1, 'a', 'x', 'y', 'z', 'GB'), "
                                + "(2, 1, 'b', 'x', 'y', 'z', 'GB'), (3, 1, 'c', 'x', 'y', 'z', 'GB')",
                        "DELETE FROM shipping_addresses")))),
                Phase.of("migrate", PhaseKind.MIGRATE, List.of(Step.of("slow", service,
                        new Backfill("shipping_addresses", "phone = '1'", "SLEEP(0.3) = 0", 1, 0))))));
        DryRunReport report = ShadowDryRun.run(DryRunRequest.of(plan, null, estateWith(service, "shipping"),
                Map.of(service, scratch(TestServers.mysql()))), DryRunListener.SILENT);

        StepRun slow = report.phases().get(1).steps().get(0);
        assertThat(slow.status()).as(slow.error()).isEqualTo(StepStatus.OK);
        if (performanceSchemaOn(TestServers.mysql())) {
            assertThat(slow.locks()).allSatisfy(lock -> assertThat(lock.source()).isEqualTo("metadata_locks"));
        } else {
            assertThat(slow.locks()).isNotEmpty().allSatisfy(lock -> {
                assertThat(lock.relation()).isEqualTo("shop_shipping.shipping_addresses");
                assertThat(lock.mode()).isEqualTo("writes pass");
                assertThat(lock.blocksWrites()).isFalse();
                assertThat(lock.source()).isEqualTo("write probe");
            });
        }
        assertThat(slow.backfill().rowsMeasured()).isEqualTo(3L);
        assertThat(slow.backfill().productionRows()).isEqualTo(3_000_000L);
        assertNoShadowLeft(report);
    }

    @Test
    void aVerificationGateThatDoesNotHoldStopsItsServiceBeforeThePhase() throws Exception {
        String service = "h5_gate";
        Plan plan = Plan.of("gated", null, List.of(Phase.of("contract", PhaseKind.CONTRACT, List.of(
                Step.of("drop", service, new DropColumn("customers", "phone"))))
                .withGates(List.of(new VerificationGate(service, "SELECT count(*) > 0 FROM customers")))));
        DryRunReport report = ShadowDryRun.run(DryRunRequest.of(plan, null, estateWith(service, "customers"),
                Map.of(service, scratch(TestServers.postgres()))), DryRunListener.SILENT);

        PhaseRun contract = report.phases().get(0);
        assertThat(contract.gates()).singleElement().satisfies(gate -> {
            assertThat(gate.passed()).isFalse();
            assertThat(gate.error()).isEqualTo("verification returned false");
        });
        assertThat(contract.steps()).extracting(StepRun::status).containsExactly(StepStatus.NOT_RUN);
        assertThat(report.passed()).isFalse();
        assertNoShadowLeft(report);
    }

    private static void assertPassedEverywhere(DryRunReport report) {
        assertThat(report.problems()).filteredOn(Problem::isError).isEmpty();
        for (PhaseRun phase : report.phases()) {
            assertThat(phase.steps()).as("steps of " + phase.phaseId()).allSatisfy(s ->
                    assertThat(s.status()).as(s.stepId() + ": " + s.error()).isEqualTo(StepStatus.OK));
            if (!phase.steps().isEmpty()) {
                assertThat(phase.rollback().verdict()).as("rollback of " + phase.phaseId() + ": "
                        + phase.rollback()).isEqualTo(Verdict.PASSED);
                assertThat(phase.idempotence().verdict()).as("idempotence of " + phase.phaseId() + ": "
                        + phase.idempotence()).isEqualTo(Verdict.PASSED);
            }
        }
        assertThat(report.reversible().verdict()).as(report.reversible().toString()).isEqualTo(Verdict.PASSED);
        assertThat(report.services()).allSatisfy(s -> {
            assertThat(s.shadowDatabase()).startsWith(ShadowName.PREFIX + s.service() + "_");
            assertThat(s.tablesLoaded()).isPositive();
            assertThat(s.dropped()).isTrue();
            assertThat(s.error()).isNull();
        });
        assertThat(report.passed()).isTrue();
    }

    private static boolean performanceSchemaOn(DatabaseServer server) throws Exception {
        try (Connection c = server.connectAdmin(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT @@performance_schema")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    private static Plan demoPlan(String name) throws Exception {
        try (InputStream in = ShadowDryRunTest.class.getResourceAsStream("/demo/plans/" + name + ".plan.yaml")) {
            return PlanFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".plan.yaml", false);
        }
    }

    /** The demo estate with one more service, a copy of a demo service's snapshot under another name. */
    private static Estate estateWith(String service, String copyOf) {
        Map<String, Snapshot> snapshots = new LinkedHashMap<>(DEMO.snapshots());
        snapshots.put(service, DEMO.snapshot(copyOf).orElseThrow());
        return DEMO.withSnapshots(snapshots);
    }

    private static ShadowServer scratch(DatabaseServer server) {
        return new ShadowServer(JdbcUrl.parse(server.adminUrl()), server.user(), server.password(), Clock.systemUTC());
    }

    private static void assertNoShadowLeft(DryRunReport report) throws Exception {
        for (ServiceShadow s : report.services()) {
            if (s.shadowDatabase() != null) {
                DatabaseServer server = s.product().equals("postgresql") ? TestServers.postgres() : TestServers.mysql();
                assertThat(server.databaseExists(s.shadowDatabase())).as(s.shadowDatabase() + " after the run")
                        .isFalse();
            }
        }
    }

    private static void assertNoShadowOf(DatabaseServer server, String service) throws Exception {
        String sql = server.engine().id().equals("postgresql")
                ? "SELECT datname FROM pg_database WHERE datname LIKE ?"
                : "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE ?";
        List<String> left = new ArrayList<>();
        try (Connection c = server.connectAdmin(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, (ShadowName.PREFIX + service + "_").replace("_", "\\_") + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    left.add(rs.getString(1));
                }
            }
        }
        assertThat(left).as("shadows of " + service + " left on " + server).isEmpty();
    }
}
