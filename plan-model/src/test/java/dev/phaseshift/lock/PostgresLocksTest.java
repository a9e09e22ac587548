package dev.phaseshift.lock;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.AddForeignKey;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.op.SetNotNull;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL statements as a DBA reads the model's verdict: the lock per table, what the statement does to the
 * rows of the 12-million-row demo {@code orders} table (5.6 GB), and for about how long.
 */
class PostgresLocksTest {
    private static final Snapshot ORDERS = DemoEstate.load().snapshot("orders").orElseThrow();
    private static final Dialect PG10 = Dialect.postgres(10);
    private static final Dialect PG11 = Dialect.postgres(11);
    private static final Dialect PG12 = Dialect.postgres(12);
    private static final Dialect PG15 = Dialect.postgres(15);

    private static String on(Dialect dialect, String sql) {
        return LockModel.statement(dialect, ORDERS, sql).summary();
    }

    private static List<String> rendered(Dialect dialect, Operation op) {
        Step step = Step.of("s", "orders", op);
        return LockModel.statements(dialect, ORDERS, ORDERS, step, op.forwardSql(dialect, ORDERS)).stream()
                .map(StatementLocks::summary).toList();
    }

    @Test
    void addingAColumnWithAConstantDefaultRewritesBefore11Only() {
        String sql = "ALTER TABLE orders ADD COLUMN priority smallint DEFAULT 0";
        assertThat(on(PG10, sql)).isEqualTo("ACCESS EXCLUSIVE on public.orders, rewrites 12 M rows, ~2 min");
        assertThat(on(PG11, sql)).isEqualTo("ACCESS EXCLUSIVE on public.orders, metadata only, ~0 s");
        assertThat(on(PG15, "ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid()"))
                .isEqualTo("ACCESS EXCLUSIVE on public.orders, rewrites 12 M rows, ~2 min");
        assertThat(on(PG15, "ALTER TABLE orders ADD COLUMN note text")).endsWith("metadata only, ~0 s");
    }

    @Test
    void typeChangesRewriteUnlessBinaryCoercible() {
        assertThat(on(PG15, "ALTER TABLE orders ALTER COLUMN order_number TYPE varchar(40)"))
                .isEqualTo("ACCESS EXCLUSIVE on public.orders, metadata only, ~0 s");
        assertThat(on(PG15, "ALTER TABLE orders ALTER COLUMN order_number TYPE bigint USING order_number::bigint"))
                .isEqualTo("ACCESS EXCLUSIVE on public.orders, rewrites 12 M rows, ~2 min");
    }

    @Test
    void setNotNullScansUnlessAValidatedCheckExistsOn12AndLater() {
        assertThat(on(PG15, "ALTER TABLE orders ALTER COLUMN external_id SET NOT NULL"))
                .isEqualTo("ACCESS EXCLUSIVE on public.orders, scans 12 M rows, ~28 s");
        assertThat(rendered(PG15, new SetNotNull("orders", "external_id"))).containsExactly(
                "no table lock, no table work, ~0 s",
                "ACCESS EXCLUSIVE on public.orders, metadata only, ~0 s",
                "SHARE UPDATE EXCLUSIVE on public.orders, scans 12 M rows, ~28 s",
                "ACCESS EXCLUSIVE on public.orders, metadata only, ~0 s",
                "ACCESS EXCLUSIVE on public.orders, metadata only, ~0 s");
        assertThat(rendered(PG11, new SetNotNull("orders", "external_id"))).containsExactly(
                "no table lock, no table work, ~0 s",
                "ACCESS EXCLUSIVE on public.orders, scans 12 M rows, ~28 s");
        assertThat(rendered(PG12, new SetNotNull("orders", "external_id"))).contains(
                "SHARE UPDATE EXCLUSIVE on public.orders, scans 12 M rows, ~28 s");
    }

    @Test
    void foreignKeysLockBothTablesAndValidationTakesRowShareOnTheReferencedOne() {
        assertThat(rendered(PG15, new AddForeignKey("returns_order_fk2", "returns", List.of("order_id"), "orders",
                List.of("id"), null))).containsExactly(
                "no table lock, no table work, ~0 s",
                "SHARE ROW EXCLUSIVE on public.returns, SHARE ROW EXCLUSIVE on public.orders, metadata only, ~0 s",
                "SHARE UPDATE EXCLUSIVE on public.returns, scans 600 k rows, ~1 s");
        assertThat(on(PG15, "ALTER TABLE order_items VALIDATE CONSTRAINT order_items_order_fk"))
                .startsWith("SHARE UPDATE EXCLUSIVE on public.order_items, ROW SHARE on public.orders, scans 31 M rows");
        assertThat(on(PG15, "ALTER TABLE returns ADD CONSTRAINT r_fk FOREIGN KEY (order_id) REFERENCES orders (id)"))
                .startsWith("SHARE ROW EXCLUSIVE on public.returns, SHARE ROW EXCLUSIVE on public.orders, scans");
    }

    @Test
    void checksAreExclusiveAndScanUnlessNotValid() {
        assertThat(on(PG15, "ALTER TABLE orders ADD CONSTRAINT t_ck CHECK (total >= 0) NOT VALID"))
                .isEqualTo("ACCESS EXCLUSIVE on public.orders, metadata only, ~0 s");
        assertThat(on(PG15, "ALTER TABLE orders ADD CONSTRAINT t_ck CHECK (total >= 0)"))
                .isEqualTo("ACCESS EXCLUSIVE on public.orders, scans 12 M rows, ~28 s");
        assertThat(on(PG15, "ALTER TABLE orders ADD CONSTRAINT o_uq UNIQUE USING INDEX o_uq"))
                .isEqualTo("ACCESS EXCLUSIVE on public.orders, metadata only, ~0 s");
    }

    @Test
    void indexesAreBuiltUnderShareOrConcurrentlyUnderShareUpdateExclusive() {
        assertThat(on(PG15, "CREATE INDEX o_idx ON orders (channel)"))
                .isEqualTo("SHARE on public.orders, indexes 12 M rows, ~24 s");
        assertThat(rendered(PG15, new CreateIndex("o_idx", "orders", List.of("channel"), null, null))).last()
                .isEqualTo("SHARE UPDATE EXCLUSIVE on public.orders, indexes 12 M rows, ~24 s");
        assertThat(on(PG15, "DROP INDEX orders_customer_idx"))
                .isEqualTo("ACCESS EXCLUSIVE on public.orders, metadata only, ~0 s");
        assertThat(on(PG15, "DROP INDEX CONCURRENTLY orders_customer_idx"))
                .isEqualTo("SHARE UPDATE EXCLUSIVE on public.orders, metadata only, ~0 s");
    }

    @Test
    void triggersViewsTablesAndRenames() {
        assertThat(on(PG15, "CREATE TRIGGER t BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION f()"))
                .isEqualTo("SHARE ROW EXCLUSIVE on public.orders, metadata only, ~0 s");
        assertThat(on(PG15, "DROP TRIGGER t ON orders")).isEqualTo("ACCESS EXCLUSIVE on public.orders, metadata only, ~0 s");
        assertThat(on(PG15, "ALTER TABLE orders RENAME COLUMN channel TO sales_channel"))
                .isEqualTo("ACCESS EXCLUSIVE on public.orders, metadata only, ~0 s");
        assertThat(on(PG15, "CREATE VIEW open_orders AS SELECT id FROM orders WHERE status = 'open'"))
                .isEqualTo("ACCESS SHARE on public.orders, metadata only, ~0 s");
        assertThat(on(PG15, "CREATE TABLE gifts (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id))"))
                .isEqualTo("ACCESS EXCLUSIVE on gifts, SHARE ROW EXCLUSIVE on public.orders, metadata only, ~0 s");
        assertThat(on(PG15, "DROP TABLE returns")).startsWith("ACCESS EXCLUSIVE on public.returns, ACCESS EXCLUSIVE on "
                + "public.orders");
    }

    @Test
    void dataChangesTakeRowExclusiveAndBackfillsWorkInBatches() {
        assertThat(on(PG15, "UPDATE orders SET channel = 'web' WHERE channel IS NULL"))
                .isEqualTo("ROW EXCLUSIVE on public.orders, updates 12 M rows, ~4 min");
        assertThat(on(PG15, "DO $$ BEGIN LOOP UPDATE orders SET channel = 'web' WHERE id < 10; COMMIT; END LOOP; END $$"))
                .isEqualTo("ROW EXCLUSIVE on public.orders, backfills 12 M rows, ~10 min");
        assertThat(on(PG15, "SET lock_timeout = '5s'")).isEqualTo("no table lock, no table work, ~0 s");
    }

    @Test
    void tablesMadeFromOtherTablesLockThemByHowTheyAreMade() {
        assertThat(on(PG15, "CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM (1) TO (2)"))
                .startsWith("ACCESS EXCLUSIVE on orders_2025, ACCESS EXCLUSIVE on public.orders");
        assertThat(on(PG15, "CREATE TABLE orders_copy AS SELECT * FROM orders WITH NO DATA"))
                .startsWith("ACCESS EXCLUSIVE on orders_copy, ACCESS SHARE on public.orders");
        assertThat(on(PG15, "CREATE TABLE orders_like (LIKE orders INCLUDING ALL, extra text)"))
                .startsWith("ACCESS EXCLUSIVE on orders_like, ACCESS SHARE on public.orders");
        // the partition's rows are what the attach scans
        assertThat(on(PG15, "ALTER TABLE orders ATTACH PARTITION order_notes FOR VALUES FROM (1) TO (2)"))
                .startsWith("SHARE UPDATE EXCLUSIVE on public.orders, ACCESS EXCLUSIVE on public.order_notes, "
                        + "scans 20 k rows");
        assertThat(on(PG11, "ALTER TABLE orders ATTACH PARTITION orders_old DEFAULT"))
                .startsWith("ACCESS EXCLUSIVE on public.orders, ACCESS EXCLUSIVE on orders_old");
    }

    @Test
    void timestampToTimestamptzRewritesUnlessTheSessionIsInUtcOn12AndLater() {
        String change = "ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamp";
        String script = "SET lock_timeout = '5s'; %s; " + change;
        for (String utc : List.of("SET TIME ZONE 'UTC'", "SET timezone TO 'Etc/UTC'",
                "SELECT set_config('TimeZone', 'UTC', false)")) {
            assertThat(script(PG15, String.format(script, utc))).as(utc).last().asString()
                    .endsWith("metadata only, ~0 s");
            assertThat(script(PG11, String.format(script, utc))).as(utc).last().asString().contains("rewrites");
        }
        for (String notUtc : List.of("SET TIME ZONE 'Europe/Berlin'", "SET timezone = 'UTC'; RESET timezone",
                "SET timezone = 'UTC'; RESET ALL", "SET app.timezone = 'UTC'")) {
            assertThat(script(PG15, String.format(script, notUtc))).as(notUtc).last().asString()
                    .contains("rewrites");
        }
    }

    /** The lock summary of each statement of a {@code sql} step on orders. */
    private static List<String> script(Dialect dialect, String sql) {
        return rendered(dialect, new Sql(sql, null));
    }

    @Test
    void anInlineCheckOrReferenceOnANewColumnScansTheRows() {
        assertThat(on(PG15, "ALTER TABLE orders ADD COLUMN rebate numeric CHECK (rebate >= 0)"))
                .isEqualTo("ACCESS EXCLUSIVE on public.orders, scans 12 M rows, ~28 s");
        assertThat(on(PG15, "ALTER TABLE orders ADD COLUMN rebate numeric")).endsWith("metadata only, ~0 s");
        assertThat(on(PG15, "ALTER TABLE orders ADD CONSTRAINT orders_rebate_ck CHECK (total >= 0) NOT VALID, "
                + "VALIDATE CONSTRAINT orders_rebate_ck")).startsWith("ACCESS EXCLUSIVE on public.orders, scans");
    }

    @Test
    void accessMethodsPoliciesAndStatisticsLockByTheManual() {
        assertThat(on(PG15, "ALTER TABLE orders SET ACCESS METHOD heap"))
                .isEqualTo("ACCESS EXCLUSIVE on public.orders, rewrites 12 M rows, ~2 min");
        assertThat(on(PG15, "ALTER TABLE orders SET WITHOUT CLUSTER")).startsWith("SHARE UPDATE EXCLUSIVE on "
                + "public.orders, metadata only");
        assertThat(on(PG15, "ALTER TABLE orders CLUSTER ON orders_pkey")).startsWith("SHARE UPDATE EXCLUSIVE on "
                + "public.orders, metadata only");
        assertThat(on(PG15, "CREATE POLICY own ON orders USING (true)")).startsWith("ACCESS EXCLUSIVE on "
                + "public.orders, metadata only");
        assertThat(on(PG15, "DROP POLICY IF EXISTS own ON orders")).startsWith("ACCESS EXCLUSIVE on public.orders");
        assertThat(on(PG15, "CREATE STATISTICS s ON status, total FROM orders")).startsWith("SHARE UPDATE EXCLUSIVE "
                + "on public.orders, metadata only");
        assertThat(on(PG15, "COPY orders (id) FROM stdin")).startsWith("ROW EXCLUSIVE on public.orders");
    }

    @Test
    void refreshingAMaterializedViewLocksTheViewByItsForm() {
        assertThat(on(PG15, "REFRESH MATERIALIZED VIEW order_totals")).startsWith("ACCESS EXCLUSIVE on order_totals");
        assertThat(on(PG15, "REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals"))
                .startsWith("EXCLUSIVE on order_totals");
    }

    @Test
    void aStatementNoRuleKnowsIsReportedNotSilenced() {
        StatementLocks s = LockModel.statement(PG15, ORDERS, "ALTER TYPE address ADD ATTRIBUTE zip text");
        assertThat(s.understood()).isFalse();
        assertThat(s.summary()).isEqualTo("not understood (ALTER TYPE ... ADD is not modelled): ALTER TYPE address "
                + "ADD ATTRIBUTE zip text");
        assertThat(on(PG15, "ALTER TABLE ALL IN TABLESPACE old SET TABLESPACE fast")).startsWith("not understood");
        assertThat(on(PG15, "CLUSTER")).startsWith("not understood (CLUSTER without a table reclusters the tables "
                + "clustered before");
    }

    @Test
    void rowSecurityInheritanceTypedTablesAndMovesTakeTheTableForAMoment() {
        for (String sql : List.of("ALTER TABLE orders FORCE ROW LEVEL SECURITY", "ALTER TABLE orders NO FORCE ROW "
                + "LEVEL SECURITY", "ALTER TABLE orders OF order_row", "ALTER TABLE orders NOT OF",
                "ALTER TABLE orders SET SCHEMA archive", "ALTER TABLE orders ALTER COLUMN id RESTART WITH 5",
                "ALTER TABLE orders ALTER COLUMN note SET COMPRESSION lz4", "ALTER TRIGGER audit ON orders RENAME TO "
                + "audit_v2", "CREATE RULE keep AS ON DELETE TO orders DO INSTEAD NOTHING", "DROP RULE IF EXISTS keep "
                + "ON orders", "ALTER RULE keep ON orders RENAME TO keep_rows")) {
            assertThat(on(PG15, sql)).as(sql).isEqualTo("ACCESS EXCLUSIVE on public.orders, metadata only, ~0 s");
        }
        // the parent's queries see the child's rows from the commit on; it is only read while removed
        assertThat(on(PG15, "ALTER TABLE orders INHERIT order_base")).isEqualTo("ACCESS EXCLUSIVE on "
                + "public.orders, SHARE UPDATE EXCLUSIVE on order_base, metadata only, ~0 s");
        assertThat(on(PG15, "ALTER TABLE orders NO INHERIT order_base")).isEqualTo("ACCESS EXCLUSIVE on "
                + "public.orders, ACCESS SHARE on order_base, metadata only, ~0 s");
    }

    @Test
    void movingAnIndexStopsItsTableAndItsSettingsLockNoTable() {
        assertThat(on(PG15, "ALTER INDEX orders_customer_idx SET TABLESPACE fast"))
                .isEqualTo("ACCESS EXCLUSIVE on orders_customer_idx, rewrites 12 M rows, ~2 min");
        StatementLocks moved = LockModel.statement(PG15, ORDERS, "ALTER INDEX orders_customer_idx SET TABLESPACE "
                + "fast");
        assertThat(moved.note()).contains("every query of public.orders waits");
        assertThat(on(PG15, "ALTER INDEX somebody_elses_idx SET TABLESPACE fast")).isEqualTo("ACCESS EXCLUSIVE on "
                + "somebody_elses_idx, rewrites an unknown number of rows, ~? s");
        for (String sql : List.of("ALTER INDEX orders_customer_idx SET (fillfactor = 80)", "ALTER INDEX "
                + "orders_customer_idx RESET (fillfactor)", "ALTER INDEX orders_customer_idx RENAME TO "
                + "orders_by_customer", "ALTER INDEX orders_customer_idx ALTER COLUMN 1 SET STATISTICS 200",
                "ALTER FUNCTION touch() OWNER TO app", "ALTER FUNCTION touch() SET search_path = public",
                "ALTER EXTENSION pgcrypto UPDATE", "ALTER ROLE app SET statement_timeout = '5s'",
                "CREATE CAST (text AS order_state) WITH INOUT AS ASSIGNMENT", "CHECKPOINT",
                "ALTER DOMAIN money_amount SET DEFAULT 0")) {
            assertThat(on(PG15, sql)).as(sql).isEqualTo("no table lock, no table work, ~0 s");
        }
        assertThat(on(PG15, "ALTER FUNCTION touch() RENAME TO touch_row")).isEqualTo("no table lock, metadata "
                + "only, ~0 s");
        // logical replication takes the tables in under a lock that lets reads and writes go on
        assertThat(on(PG15, "CREATE PUBLICATION orders_out FOR TABLE orders, ONLY returns (id) WHERE (id > 0)"))
                .isEqualTo("SHARE UPDATE EXCLUSIVE on public.orders, SHARE UPDATE EXCLUSIVE on public.returns, "
                        + "metadata only, ~0 s");
        assertThat(on(PG15, "ALTER PUBLICATION orders_out DROP TABLE returns"))
                .isEqualTo("SHARE UPDATE EXCLUSIVE on public.returns, metadata only, ~0 s");
        for (String sql : List.of("CREATE PUBLICATION everything FOR ALL TABLES", "ALTER PUBLICATION orders_out SET "
                + "(publish = 'insert')", "DROP PUBLICATION IF EXISTS orders_out")) {
            assertThat(on(PG15, sql)).as(sql).isEqualTo("no table lock, no table work, ~0 s");
        }
    }

    @Test
    void maintenanceThatCopiesTheTableHoldsAccessExclusiveForTheWholeCopy() {
        assertThat(on(PG15, "CLUSTER orders USING orders_pk"))
                .isEqualTo("ACCESS EXCLUSIVE on public.orders, rewrites 12 M rows, ~2 min");
        assertThat(on(PG15, "VACUUM (FULL, VERBOSE) orders"))
                .isEqualTo("ACCESS EXCLUSIVE on public.orders, rewrites 12 M rows, ~2 min");
        assertThat(on(PG15, "ALTER TABLE orders SET UNLOGGED"))
                .isEqualTo("ACCESS EXCLUSIVE on public.orders, rewrites 12 M rows, ~2 min");
        assertThat(on(PG15, "ALTER TABLE orders SET TABLESPACE archive NOWAIT"))
                .isEqualTo("ACCESS EXCLUSIVE on public.orders, rewrites 12 M rows, ~2 min");
    }

    @Test
    void reindexBlocksWritesUnlessConcurrentlyAndLocksTheIndexTable() {
        assertThat(on(PG15, "REINDEX TABLE orders")).isEqualTo("SHARE on public.orders, indexes 12 M rows, ~24 s");
        assertThat(on(PG15, "REINDEX INDEX CONCURRENTLY orders_customer_idx"))
                .isEqualTo("SHARE UPDATE EXCLUSIVE on public.orders, indexes 12 M rows, ~24 s");
        assertThat(LockModel.statement(PG15, ORDERS, "REINDEX INDEX orders_customer_idx").blocksWrites()).isTrue();
        assertThat(LockModel.statement(PG15, ORDERS, "REINDEX (VERBOSE) TABLE CONCURRENTLY orders").blocksWrites())
                .isFalse();
        assertThat(on(PG11, "REINDEX TABLE CONCURRENTLY orders"))
                .startsWith("not understood (REINDEX CONCURRENTLY needs postgresql 12; postgresql 11.0 rejects it)");
        assertThat(on(PG12, "REINDEX TABLE CONCURRENTLY orders")).startsWith("SHARE UPDATE EXCLUSIVE on public.orders");
    }

    @Test
    void truncateLocksItsTablesAndWithCascadeEveryTableThatReferencesThem() {
        assertThat(on(PG15, "TRUNCATE order_notes")).isEqualTo("ACCESS EXCLUSIVE on public.order_notes, metadata "
                + "only, ~0 s");
        assertThat(on(PG15, "TRUNCATE TABLE returns CASCADE")).isEqualTo("ACCESS EXCLUSIVE on public.returns, "
                + "ACCESS EXCLUSIVE on public.return_items, metadata only, ~0 s");
    }

    @Test
    void explicitLocksTakeTheirModeAndTheDefaultIsAccessExclusive() {
        assertThat(on(PG15, "LOCK orders")).isEqualTo("ACCESS EXCLUSIVE on public.orders, no table work, ~0 s");
        assertThat(on(PG15, "LOCK TABLE orders, returns IN ROW SHARE MODE NOWAIT"))
                .isEqualTo("ROW SHARE on public.orders, ROW SHARE on public.returns, no table work, ~0 s");
    }

    @Test
    void detachingAPartitionLocksTheParentLessWhenConcurrent() {
        assertThat(on(PG15, "ALTER TABLE order_status_history DETACH PARTITION history_2019"))
                .isEqualTo("ACCESS EXCLUSIVE on public.order_status_history, ACCESS EXCLUSIVE on history_2019, "
                        + "metadata only, ~0 s");
        assertThat(on(PG15, "ALTER TABLE order_status_history DETACH PARTITION history_2019 CONCURRENTLY"))
                .startsWith("SHARE UPDATE EXCLUSIVE on public.order_status_history, ACCESS EXCLUSIVE on history_2019");
        assertThat(on(Dialect.postgres(13), "ALTER TABLE order_status_history DETACH PARTITION h_2019 CONCURRENTLY"))
                .startsWith("not understood (DETACH PARTITION CONCURRENTLY needs postgresql 14");
    }

    @Test
    void droppingAnIndexTheSnapshotDoesNotKnowStillLocksItsTable() {
        assertThat(on(PG15, "DROP INDEX legacy_idx"))
                .isEqualTo("ACCESS EXCLUSIVE on the table of index legacy_idx, metadata only, ~0 s");
        assertThat(on(PG15, "DROP SCHEMA scratch")).isEqualTo("no table lock, metadata only, ~0 s");
    }

    @Test
    void aTableThePlanCreatesHasNoRowsToLock() {
        assertThat(LockModel.statement(PG15, ORDERS, "UPDATE gifts SET note = 'x'").summary())
                .isEqualTo("ROW EXCLUSIVE on gifts, updates 0 rows, ~0 s");
    }

    @Test
    void aCommaInsideAnArrayDefaultDoesNotSplitTheActionList() {
        assertThat(on(PG15, "ALTER TABLE orders ADD COLUMN tags text[] DEFAULT ARRAY['new', 'paid'], "
                + "ADD COLUMN rank bigint")).isEqualTo("ACCESS EXCLUSIVE on public.orders, metadata only, ~0 s");
    }

    @Test
    void eachActionAsTheParserReadsItRaisesTheLevelAndTheCost() {
        assertThat(on(PG15, "ALTER TABLE orders ENABLE TRIGGER ALL"))
                .isEqualTo("SHARE ROW EXCLUSIVE on public.orders, metadata only, ~0 s");
        assertThat(on(PG15, "ALTER TABLE orders SET (fillfactor = 70, autovacuum_enabled = false)"))
                .isEqualTo("SHARE UPDATE EXCLUSIVE on public.orders, metadata only, ~0 s");
        assertThat(on(PG15, "ALTER TABLE orders RESET (fillfactor)"))
                .isEqualTo("SHARE UPDATE EXCLUSIVE on public.orders, metadata only, ~0 s");
        assertThat(on(PG15, "ALTER TABLE orders ALTER COLUMN note SET STATISTICS 500"))
                .isEqualTo("SHARE UPDATE EXCLUSIVE on public.orders, metadata only, ~0 s");
        assertThat(on(PG15, "ALTER TABLE orders ENABLE ROW LEVEL SECURITY"))
                .isEqualTo("ACCESS EXCLUSIVE on public.orders, metadata only, ~0 s");
        assertThat(on(PG15, "ALTER TABLE orders ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY"))
                .as("an identity fills every existing row").startsWith("ACCESS EXCLUSIVE on public.orders, rewrites");
        // the weakest action does not win: the trigger's SHARE ROW EXCLUSIVE is raised by the check's ACCESS
        // EXCLUSIVE, and the check's scan by nothing else
        assertThat(on(PG15, "ALTER TABLE orders DISABLE TRIGGER USER, ADD CONSTRAINT t_ck CHECK (total >= 0), "
                + "SET (fillfactor = 90)")).startsWith("ACCESS EXCLUSIVE on public.orders, scans 12 M rows");
        assertThat(on(PG15, "ALTER TABLE orders ADD COLUMN note2 text CHECK (length(note2) < 10), "
                + "ADD COLUMN code text UNIQUE")).startsWith("ACCESS EXCLUSIVE on public.orders, indexes 12 M rows");
    }

    @Test
    void droppingSeveralTablesLocksEachOfThem() {
        assertThat(LockModel.statement(PG15, ORDERS, "DROP TABLE returns, order_items").locks())
                .extracting(l -> l.table() + " " + l.mode())
                .contains("public.returns ACCESS EXCLUSIVE", "public.order_items ACCESS EXCLUSIVE");
    }

    @Test
    void anExclusionConstraintBuildsItsIndexUnderAccessExclusive() {
        assertThat(on(PG15, "ALTER TABLE orders ADD CONSTRAINT orders_no_overlap EXCLUDE USING gist "
                + "(customer_id WITH =, tstzrange(placed_at, shipped_at) WITH &&)"))
                .startsWith("ACCESS EXCLUSIVE on public.orders, indexes 12 M rows");
    }

    @Test
    void aDomainCheckScansEveryTableWithAColumnOfTheDomainUnderShare() {
        // orders.status and returns.status are of the domain order_status here
        Snapshot withDomain = SchemaEdit.editTable(SchemaEdit.editTable(ORDERS, "orders", PostgresLocksTest::statusDomain),
                "returns", PostgresLocksTest::statusDomain);
        String add = "ALTER DOMAIN order_status ADD CONSTRAINT order_status_known CHECK (VALUE <> '')";
        assertThat(LockModel.statement(PG15, withDomain, add).summary())
                .isEqualTo("SHARE on public.orders, SHARE on public.returns, scans 12 M rows, ~28 s");
        assertThat(LockModel.statement(PG15, withDomain, add + " NOT VALID").summary())
                .isEqualTo("no table lock, metadata only, ~0 s");
        // SET NOT NULL checks them the same way (observed on 15: SHARE on each table with a column of the domain)
        assertThat(LockModel.statement(PG15, withDomain, "ALTER DOMAIN order_status SET NOT NULL").summary())
                .isEqualTo("SHARE on public.orders, SHARE on public.returns, scans 12 M rows, ~28 s");
        String validate = "ALTER DOMAIN order_status VALIDATE CONSTRAINT order_status_known";
        assertThat(LockModel.statement(PG15, withDomain, validate).summary())
                .isEqualTo("SHARE on public.orders, SHARE on public.returns, scans 12 M rows, ~28 s");
        assertThat(LockModel.statement(Dialect.postgres(19), withDomain, validate).summary()).startsWith(
                "SHARE UPDATE EXCLUSIVE on public.orders, SHARE UPDATE EXCLUSIVE on public.returns, scans 12 M rows");
        // a domain no column uses yet: nothing to check
        assertThat(LockModel.statement(PG15, ORDERS, add).summary()).isEqualTo("no table lock, metadata only, ~0 s");
        assertThat(LockModel.statement(PG15, ORDERS, "CREATE DOMAIN order_code AS text CHECK (VALUE ~ '^[A-Z]+$')")
                .understood()).isTrue();
    }

    private static Table statusDomain(Table table) {
        return table.withColumns(table.columns().stream()
                .map(c -> c.name().equals("status") ? c.withType("order_status", c.normalizedType()) : c).toList());
    }
}
