package dev.phaseshift.plan.op;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The safe forms each operation renders by default, per engine and version (statements as a DBA reads them). */
class OperationRenderingTest {
    private final Snapshot orders = DemoEstate.load().snapshot("orders").orElseThrow();
    private final Snapshot shipping = DemoEstate.load().snapshot("shipping").orElseThrow();
    private static final Dialect PG15 = Dialect.postgres(15);
    private static final Dialect PG11 = Dialect.postgres(11);
    private static final Dialect MARIADB = Dialect.mariadb(10, 11, 0);
    private static final Dialect MYSQL_OLD = Dialect.mysql(8, 0, 11);

    private static List<String> text(List<RenderedSql> sql) {
        return sql.stream().map(RenderedSql::toString).toList();
    }

    @Test
    void createIndexIsConcurrentOutsideATransactionOnPostgresAndLockFreeOnMysql() {
        CreateIndex op = new CreateIndex("orders_channel_idx", "orders", List.of("channel"), null, null);
        assertThat(text(op.forwardSql(PG15, orders))).containsExactly("SET lock_timeout = '5s';",
                "CREATE INDEX CONCURRENTLY \"orders_channel_idx\" ON \"orders\" (\"channel\"); -- outside transaction");
        assertThat(text(op.rollbackSql(PG15, orders))).containsExactly("SET lock_timeout = '5s';",
                "DROP INDEX CONCURRENTLY \"orders_channel_idx\"; -- outside transaction");
        assertThat(text(new CreateIndex("i", "carriers", List.of("name"), true, null).forwardSql(MARIADB, shipping)))
                .containsExactly("SET SESSION lock_wait_timeout = 5;",
                        "CREATE UNIQUE INDEX `i` ON `carriers` (`name`) ALGORITHM=INPLACE LOCK=NONE;");
    }

    @Test
    void foreignKeysAndChecksAreAddedNotValidThenValidated() {
        AddForeignKey fk = new AddForeignKey("return_items_order_fk", "return_items", List.of("order_item_id"),
                "order_items", List.of("id"), null);
        assertThat(text(fk.forwardSql(PG15, orders))).containsExactly("SET lock_timeout = '5s';",
                "ALTER TABLE \"return_items\" ADD CONSTRAINT \"return_items_order_fk\" FOREIGN KEY (\"order_item_id\") "
                        + "REFERENCES \"order_items\" (\"id\") NOT VALID;",
                "ALTER TABLE \"return_items\" VALIDATE CONSTRAINT \"return_items_order_fk\"; -- outside transaction");
        assertThat(text(new AddCheck("orders_positive_ck", "orders", "total >= 0").forwardSql(PG15, orders)))
                .contains("ALTER TABLE \"orders\" ADD CONSTRAINT \"orders_positive_ck\" CHECK (total >= 0) NOT VALID;",
                        "ALTER TABLE \"orders\" VALIDATE CONSTRAINT \"orders_positive_ck\"; -- outside transaction");
    }

    @Test
    void uniqueGoesThroughAConcurrentIndexThenUsingIndex() {
        assertThat(text(new AddUnique("orders_ext_uq", "orders", List.of("external_id")).forwardSql(PG15, orders)))
                .containsExactly("SET lock_timeout = '5s';",
                        "CREATE UNIQUE INDEX CONCURRENTLY \"orders_ext_uq\" ON \"orders\" (\"external_id\"); -- outside transaction",
                        "ALTER TABLE \"orders\" ADD CONSTRAINT \"orders_ext_uq\" UNIQUE USING INDEX \"orders_ext_uq\";");
    }

    @Test
    void setNotNullUsesAValidatedCheckFromPostgres12() {
        SetNotNull op = new SetNotNull("orders", "external_id");
        assertThat(text(op.forwardSql(PG15, orders))).containsExactly("SET lock_timeout = '5s';",
                "ALTER TABLE \"orders\" ADD CONSTRAINT \"orders_external_id_not_null\" CHECK (\"external_id\" IS NOT NULL) NOT VALID;",
                "ALTER TABLE \"orders\" VALIDATE CONSTRAINT \"orders_external_id_not_null\"; -- outside transaction",
                "ALTER TABLE \"orders\" ALTER COLUMN \"external_id\" SET NOT NULL;",
                "ALTER TABLE \"orders\" DROP CONSTRAINT \"orders_external_id_not_null\";");
        assertThat(text(op.forwardSql(PG11, orders))).containsExactly("SET lock_timeout = '5s';",
                "ALTER TABLE \"orders\" ALTER COLUMN \"external_id\" SET NOT NULL;");
    }

    @Test
    void addColumnIsInstantWhereTheVersionAllows() {
        AddColumn op = new AddColumn("carriers", ColumnSpec.of("note", "varchar(20)"));
        assertThat(text(op.forwardSql(MARIADB, shipping))).containsExactly(
                "SET SESSION lock_wait_timeout = 5;",
                "ALTER TABLE `carriers` ADD COLUMN `note` varchar(20) NULL, ALGORITHM=INSTANT;");
        assertThat(text(op.forwardSql(MYSQL_OLD, shipping))).containsExactly(
                "SET SESSION lock_wait_timeout = 5;",
                "ALTER TABLE `carriers` ADD COLUMN `note` varchar(20) NULL, ALGORITHM=INPLACE, LOCK=NONE;");
        assertThat(text(new AddColumn("orders", new ColumnSpec("p", "smallint", false, "0")).forwardSql(PG15, orders)))
                .containsExactly("SET lock_timeout = '5s';",
                        "ALTER TABLE \"orders\" ADD COLUMN \"p\" smallint NOT NULL DEFAULT 0;");
    }

    @Test
    void mysqlRestatesTheWholeColumnWhenChangingNullability() {
        assertThat(text(new SetNotNull("shipping_addresses", "phone").forwardSql(MARIADB, shipping))).containsExactly(
                "SET SESSION lock_wait_timeout = 5;",
                "ALTER TABLE `shipping_addresses` MODIFY COLUMN `phone` varchar(32) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;");
    }

    @Test
    void backfillWalksThePrimaryKeyInBatchesAndCommitsEach() {
        Backfill op = new Backfill("orders", "channel = 'web'", "channel IS NULL", 500, 100);
        List<RenderedSql> sql = op.forwardSql(PG15, orders);
        assertThat(sql).singleElement().extracting(RenderedSql::mode).isEqualTo(RenderedSql.Mode.OUTSIDE_TRANSACTION);
        assertThat(sql.get(0).text()).contains("ORDER BY \"id\" LIMIT 500", "COMMIT;", "pg_sleep(0.1)",
                "AND (channel IS NULL)");
        assertThat(op.rollbackSql(PG15, orders)).isEmpty();
        assertThat(text(new Backfill("carriers", "name = name", null, null, null).forwardSql(MARIADB, shipping)))
                .hasSize(4).first().asString().startsWith("DROP PROCEDURE IF EXISTS `phaseshift_backfill_carriers`");
    }

    @Test
    void rollbackIsTheForwardSqlOfTheInverse() {
        assertThat(text(new RenameColumn("orders", "channel", "sales_channel").rollbackSql(PG15, orders)))
                .containsExactly("SET lock_timeout = '5s';",
                        "ALTER TABLE \"orders\" RENAME COLUMN \"sales_channel\" TO \"channel\";");
        assertThat(text(new Sql("UPDATE t SET a = 1", "UPDATE t SET a = 0").rollbackSql(PG15, orders)))
                .containsExactly("UPDATE t SET a = 0;");
        assertThat(text(new Verify("SELECT true").forwardSql(PG15, orders)))
                .containsExactly("SELECT true; -- must return true");
    }
}
