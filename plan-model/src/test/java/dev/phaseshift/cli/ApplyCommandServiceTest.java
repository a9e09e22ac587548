package dev.phaseshift.cli;

import dev.phaseshift.demo.DemoCopy;
import dev.phaseshift.runner.HeldRunnerLock;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code apply --service}, as the exported CI jobs run it: the rename plan's first phase applied one service at a
 * time on fresh copies of the demo databases, the phase order held across services, and a service rolled back
 * alone.
 */
class ApplyCommandServiceTest {
    @TempDir
    Path dir;

    @Test
    void aPhaseRunsServiceByServiceAndTheNextWaitsForEveryServiceOfTheOneBefore() throws Exception {
        DatabaseServer pg = TestServers.postgres();
        DatabaseServer mysql = TestServers.mysql();
        try (DemoCopy copy = new DemoCopy(pg, mysql)) {
            copy.materialize();
            Path estate = DemoEstateFiles.inspected(dir, copy, pg, mysql);
            Path plan = DemoEstateFiles.plan(dir, "rename-phone");
            String customers = copy.prefix() + "shop_customers";
            String shipping = copy.prefix() + "shop_shipping";

            CliRun expandCustomers = apply(plan, estate, "expand", "customers");
            assertThat(expandCustomers.exitCode()).as(expandCustomers.err() + expandCustomers.out()).isZero();
            assertThat(ApplyCommandDemoTest.stepRows(pg, customers, "phaseshift.journal")).containsExactly(
                    "expand customers-customers-add-phone_number done 1",
                    "expand customers-customers-sync-phone_number done 1");
            assertThat(phaseRows(pg, customers, "phaseshift.journal")).isEqualTo(1);
            assertThat(journalTables(mysql, shipping)).as("shipping was not touched").isZero();

            CliRun migrateTooSoon = apply(plan, estate, "migrate", "customers");
            assertThat(migrateTooSoon.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(migrateTooSoon.err().strip()).isEqualTo("phaseshift: apply: phase \"migrate\" cannot run "
                    + "before phase \"expand\" is done on \"shipping\": apply --phase expand --service shipping first");
            assertThat(ApplyCommandDemoTest.stepRows(pg, customers, "phaseshift.journal")).hasSize(2);

            CliRun againCustomers = apply(plan, estate, "expand", "customers");
            assertThat(againCustomers.exitCode()).isZero();
            assertThat(againCustomers.out()).contains("already done, nothing ran");

            CliRun expandShipping = apply(plan, estate, "expand", "shipping");
            assertThat(expandShipping.exitCode()).as(expandShipping.err() + expandShipping.out()).isZero();
            assertThat(ApplyCommandDemoTest.stepRows(mysql, shipping, "phaseshift_journal")).containsExactly(
                    "expand shipping-shipping_addresses-add-phone_number done 1",
                    "expand shipping-shipping_addresses-sync-insert-phone_number done 1",
                    "expand shipping-shipping_addresses-sync-update-phone_number done 1");
            assertThat(ApplyCommandDemoTest.stepRows(pg, customers, "phaseshift.journal")).hasSize(2);

            CliRun migrateCustomers = apply(plan, estate, "migrate", "customers");
            assertThat(migrateCustomers.exitCode()).as(migrateCustomers.err() + migrateCustomers.out()).isZero();
            assertThat(ApplyCommandDemoTest.stepRows(pg, customers, "phaseshift.journal")).containsExactly(
                    "expand customers-customers-add-phone_number done 1",
                    "expand customers-customers-sync-phone_number done 1",
                    "migrate customers-customers-backfill-phone_number done 1",
                    "migrate customers-customers-verify-phone_number done 1");
            assertThat(ApplyCommandDemoTest.stepRows(mysql, shipping, "phaseshift_journal")).hasSize(3);

            CliRun switchTooSoon = CliRun.of("apply", plan.toString(), "--estate", estate.toString(), "--phase",
                    "switch", "--service", "customers", "--yes");
            assertThat(switchTooSoon.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(switchTooSoon.err()).contains("phase \"switch\" cannot run before phase \"migrate\" is done "
                    + "on \"shipping\"");

            CliRun status = CliRun.of("status", plan.toString(), "--estate", estate.toString());
            assertThat(status.exitCode()).as(status.err()).isZero();

            CliRun rollback = CliRun.of("rollback", plan.toString(), "--estate", estate.toString(), "--phase",
                    "migrate", "--service", "customers", "--yes");
            assertThat(rollback.exitCode()).as(rollback.err() + rollback.out()).isZero();
            assertThat(ApplyCommandDemoTest.stepRows(pg, customers, "phaseshift.journal")).containsExactly(
                    "expand customers-customers-add-phone_number done 1",
                    "expand customers-customers-sync-phone_number done 1",
                    "migrate customers-customers-backfill-phone_number rolled_back 1",
                    "migrate customers-customers-verify-phone_number rolled_back 1");
            assertThat(ApplyCommandDemoTest.stepRows(mysql, shipping, "phaseshift_journal")).allMatch(
                    r -> r.endsWith(" done 1"));
        }
    }

    @Test
    void aRunForOneServiceNeedsOnlyThatServicesRunnerLockAndAWholePhaseRunThenDoesTheRest() throws Exception {
        DatabaseServer pg = TestServers.postgres();
        DatabaseServer mysql = TestServers.mysql();
        try (DemoCopy copy = new DemoCopy(pg, mysql)) {
            copy.materialize();
            Path estate = DemoEstateFiles.inspected(dir, copy, pg, mysql);
            Path plan = DemoEstateFiles.plan(dir, "rename-phone");
            String customers = copy.prefix() + "shop_customers";
            try (Connection other = pg.connect(customers)) {
                assertThat(HeldRunnerLock.take(other, Engine.POSTGRESQL, customers, "rename phone to phone_number"))
                        .isTrue();
                CliRun shipping = apply(plan, estate, "expand", "shipping");
                assertThat(shipping.exitCode()).as(shipping.err() + shipping.out()).isZero();
                CliRun blocked = apply(plan, estate, "expand", "customers");
                assertThat(blocked.exitCode()).isEqualTo(ExitCode.FINDINGS);
                assertThat(blocked.err()).contains("plan \"rename phone to phone_number\" is being applied on "
                        + "customers");
            }
            CliRun rest = CliRun.of("apply", plan.toString(), "--estate", estate.toString(), "--phase", "expand");
            assertThat(rest.exitCode()).as("the whole phase after one service of it: " + rest.err() + rest.out())
                    .isZero();
            assertThat(ApplyCommandDemoTest.stepRows(pg, customers, "phaseshift.journal")).containsExactly(
                    "expand customers-customers-add-phone_number done 1",
                    "expand customers-customers-sync-phone_number done 1");
            assertThat(ApplyCommandDemoTest.stepRows(mysql, copy.prefix() + "shop_shipping", "phaseshift_journal"))
                    .hasSize(3);
        }
    }

    @Test
    void aServiceTheEstateDoesNotDeclareOrThePhaseDoesNotTouchIsOneLineAndExitTwo() throws Exception {
        DatabaseServer pg = TestServers.postgres();
        DatabaseServer mysql = TestServers.mysql();
        try (DemoCopy copy = new DemoCopy(pg, mysql)) {
            copy.materialize();
            Path estate = DemoEstateFiles.inspected(dir, copy, pg, mysql);
            Path plan = DemoEstateFiles.plan(dir, "rename-phone");

            CliRun unknown = apply(plan, estate, "expand", "payments");
            assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(unknown.err().strip())
                    .isEqualTo("phaseshift: apply: the estate file declares no service \"payments\"");

            CliRun untouched = apply(plan, estate, "expand", "orders");
            assertThat(untouched.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(untouched.err().strip()).isEqualTo("phaseshift: apply: phase \"expand\" does not touch "
                    + "service \"orders\"; it touches \"customers\", \"shipping\"");
            assertThat(journalTables(mysql, copy.prefix() + "shop_shipping")).isZero();
        }
    }

    private static CliRun apply(Path plan, Path estate, String phase, String service) {
        return CliRun.of("apply", plan.toString(), "--estate", estate.toString(), "--phase", phase, "--service",
                service);
    }

    private static long phaseRows(DatabaseServer server, String database, String table) throws Exception {
        return count(server, database, "SELECT count(*) FROM " + table + " WHERE kind = 'phase' AND status = 'done'");
    }

    private static long journalTables(DatabaseServer server, String database) throws Exception {
        return count(server, database, "SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
                + database + "' AND table_name = 'phaseshift_journal'");
    }

    private static long count(DatabaseServer server, String database, String sql) throws Exception {
        try (Connection c = server.connect(database); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
