package dev.phaseshift.lint.parse;

import dev.phaseshift.plan.op.AddCheck;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.AddForeignKey;
import dev.phaseshift.plan.op.AddUnique;
import dev.phaseshift.plan.op.AlterColumnType;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.op.CreateTable;
import dev.phaseshift.plan.op.CreateView;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.DropConstraint;
import dev.phaseshift.plan.op.DropDefault;
import dev.phaseshift.plan.op.DropIndex;
import dev.phaseshift.plan.op.DropNotNull;
import dev.phaseshift.plan.op.DropTable;
import dev.phaseshift.plan.op.DropView;
import dev.phaseshift.plan.op.RenameColumn;
import dev.phaseshift.plan.op.RenameTable;
import dev.phaseshift.plan.op.ReplaceView;
import dev.phaseshift.plan.op.SetDefault;
import dev.phaseshift.plan.op.SetNotNull;
import dev.phaseshift.schema.Engine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlStatementParserTest {
    private static final SqlStatementParser PG = SqlStatementParser.forEngine(Engine.POSTGRESQL);
    private static final SqlStatementParser MY = SqlStatementParser.forEngine(Engine.MYSQL);

    private static ParsedStatement pg(String sql) {
        return PG.parse(sql, 1);
    }

    private static ParsedStatement my(String sql) {
        return MY.parse(sql, 1);
    }

    @Test
    void aForeignKeyAddedNotValidIsTypedAndKeepsTheFlag() {
        ParsedStatement s = pg("ALTER TABLE t ADD CONSTRAINT c FOREIGN KEY (a) REFERENCES p (id) NOT VALID");
        assertThat(s.kind()).isEqualTo(StatementKind.SCHEMA_CHANGE);
        assertThat(s.operations()).containsExactly(new AddForeignKey("c", "t", List.of("a"), "p", List.of("id"), null));
        assertThat(s.flags()).containsExactly(StatementFlag.NOT_VALID);
    }

    @Test
    void eachAlterTableActionIsHandedOverWithItsOwnOperationsCommandsAndFlags() {
        ParsedStatement s = pg("ALTER TABLE t ADD COLUMN c int DEFAULT 0, ADD CONSTRAINT fk FOREIGN KEY (c) "
                + "REFERENCES p (id) NOT VALID, VALIDATE CONSTRAINT ck, ALTER COLUMN d TYPE text USING d::text, "
                + "OWNER TO admin, RENAME TO u");
        assertThat(s.actions()).extracting(AlterAction::keyword)
                .containsExactly("ADD", "ADD", "VALIDATE", "ALTER", "OWNER", "RENAME");
        assertThat(s.actions()).extracting(AlterAction::text).containsExactly("ADD COLUMN c int DEFAULT 0",
                "ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES p (id) NOT VALID", "VALIDATE CONSTRAINT ck",
                "ALTER COLUMN d TYPE text USING d::text", "OWNER TO admin", "RENAME TO u");
        assertThat(s.actions().get(0).operations()).singleElement().isInstanceOf(AddColumn.class);
        assertThat(s.actions().get(1).operations(AddForeignKey.class)).singleElement()
                .extracting(AddForeignKey::referencesTable).isEqualTo("p");
        assertThat(s.actions().get(1).flags()).containsExactly(StatementFlag.NOT_VALID);
        assertThat(s.actions().get(0).flags()).isEmpty();
        assertThat(s.actions().get(2).commands()).containsExactly(new ValidateConstraint("t", "ck"));
        assertThat(s.actions().get(3).operations(AlterColumnType.class)).singleElement()
                .extracting(AlterColumnType::type).isEqualTo("text");
        assertThat(s.actions().get(4).operations()).isEmpty();
        assertThat(s.actions().get(5).operations()).containsExactly(new RenameTable("t", "u"));
        assertThat(s.flags()).as("the statement keeps every action's flags")
                .contains(StatementFlag.NOT_VALID, StatementFlag.SEVERAL_ACTIONS);

        ParsedStatement mysql = my("ALTER TABLE t MODIFY c varchar(20) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE");
        assertThat(mysql.actions()).extracting(AlterAction::text).containsExactly("MODIFY c varchar(20) NOT NULL");
        assertThat(mysql.algorithm()).isEqualTo("INPLACE");
        assertThat(pg("CREATE INDEX i ON t (a)").actions()).isEmpty();
    }

    @Test
    void mysqlActionsTheLockModelJudgesAreReadWithWhatDecidesTheirAlgorithm() {
        assertThat(my("ALTER TABLE t ADD FULLTEXT INDEX ft (a), ADD SPATIAL KEY sp (g)").operations(CreateIndex.class))
                .extracting(CreateIndex::using).containsExactly("fulltext", "spatial");
        assertThat(my("CREATE FULLTEXT INDEX ft ON t (a)").operations(CreateIndex.class)).singleElement()
                .extracting(CreateIndex::using).isEqualTo("fulltext");
        assertThat(my("ALTER TABLE t FORCE, ENGINE=InnoDB").actions()).extracting(AlterAction::keyword)
                .containsExactly("FORCE", "ENGINE");
        assertThat(pg("ALTER TABLE t FORCE").understood()).isFalse();
        assertThat(my("ALTER TABLE t RENAME u").operations()).containsExactly(new RenameTable("t", "u"));
        ParsedStatement several = my("ALTER TABLE t ADD COLUMN (a int, b varchar(10) NOT NULL)");
        assertThat(several.actions()).singleElement().extracting(a -> a.operations(AddColumn.class).size())
                .isEqualTo(2);
        assertThat(several.columns()).extracting(WrittenColumn::name).containsExactly("a", "b");
        assertThat(my("ALTER ONLINE TABLE t ADD COLUMN c int").operations()).singleElement()
                .isInstanceOf(AddColumn.class);
    }

    @Test
    void anUnnamedForeignKeyGetsTheNameEachEngineGivesIt() {
        assertThat(pg("ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE")
                .operations()).containsExactly(new AddForeignKey("orders_customer_id_fkey", "orders",
                List.of("customer_id"), "customers", List.of("id"), "CASCADE"));
        assertThat(my("ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers (id)").operations())
                .containsExactly(new AddForeignKey("orders_ibfk_1", "orders", List.of("customer_id"), "customers",
                        List.of("id"), null));
    }

    @Test
    void concurrentIndexFormsThatGeneralParsersRejectAreRead() {
        ParsedStatement drop = pg("DROP INDEX CONCURRENTLY IF EXISTS i");
        assertThat(drop.operations()).containsExactly(new DropIndex("i", null));
        assertThat(drop.flags()).contains(StatementFlag.CONCURRENTLY);

        ParsedStatement create = pg("CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a)");
        assertThat(create.operations()).containsExactly(new CreateIndex("i", "t", List.of("a"), null, null));
        assertThat(create.flags()).containsExactlyInAnyOrder(StatementFlag.CONCURRENTLY, StatementFlag.IF_NOT_EXISTS);

        ParsedStatement unique = pg("create unique index on public.orders using btree (lower(email), id DESC) "
                + "where deleted_at is null");
        assertThat(unique.operations()).containsExactly(new CreateIndex("orders_loweremail_id_idx", "public.orders",
                List.of("lower(email)", "id"), true, "deleted_at is null"));
        assertThat(unique.flags()).doesNotContain(StatementFlag.CONCURRENTLY);
    }

    @Test
    void mysqlAlgorithmAndLockClausesAreKeptBesideTheOperation() {
        ParsedStatement s = my("ALTER TABLE t ADD COLUMN c int, ALGORITHM=INSTANT, LOCK=NONE");
        assertThat(s.operations()).containsExactly(new AddColumn("t", ColumnSpec.of("c", "int")));
        assertThat(s.algorithm()).isEqualTo("INSTANT");
        assertThat(s.lock()).isEqualTo("NONE");
        assertThat(s.flags()).doesNotContain(StatementFlag.SEVERAL_ACTIONS);

        ParsedStatement index = my("DROP INDEX idx_sku ON stock_items ALGORITHM = INPLACE LOCK = NONE");
        assertThat(index.operations()).containsExactly(new DropIndex("idx_sku", "stock_items"));
        assertThat(index.algorithm()).isEqualTo("INPLACE");
    }

    @Test
    void mysqlModifyAndChangeRestateTheWholeColumn() {
        assertThat(my("ALTER TABLE t MODIFY COLUMN c bigint").operations())
                .containsExactly(new AlterColumnType("t", "c", "bigint", null));
        assertThat(my("ALTER TABLE `t` CHANGE `old_name` `new_name` varchar(64) NOT NULL DEFAULT ''").operations())
                .containsExactly(new RenameColumn("t", "old_name", "new_name"),
                        new AlterColumnType("t", "new_name", "varchar(64)", null),
                        new SetNotNull("t", "new_name"), new SetDefault("t", "new_name", "''"));
    }

    @Test
    void severalActionsGiveSeveralOperationsInOrder() {
        ParsedStatement s = pg("ALTER TABLE ONLY \"Orders\" ADD COLUMN a text, ADD COLUMN b bigint NOT NULL DEFAULT 0, "
                + "DROP COLUMN IF EXISTS legacy CASCADE");
        assertThat(s.operations()).containsExactly(new AddColumn("Orders", ColumnSpec.of("a", "text")),
                new AddColumn("Orders", new ColumnSpec("b", "bigint", false, "0")), new DropColumn("Orders", "legacy"));
        assertThat(s.flags()).contains(StatementFlag.SEVERAL_ACTIONS, StatementFlag.IF_EXISTS, StatementFlag.CASCADE);
    }

    @Test
    void columnChangesOfPostgresql() {
        assertThat(pg("ALTER TABLE t ALTER COLUMN c TYPE numeric(12, 2) USING c::numeric").operations())
                .containsExactly(new AlterColumnType("t", "c", "numeric(12, 2)", "c::numeric"));
        assertThat(pg("ALTER TABLE t ALTER c SET DATA TYPE bigint").operations())
                .containsExactly(new AlterColumnType("t", "c", "bigint", null));
        assertThat(pg("ALTER TABLE t ALTER COLUMN c SET NOT NULL, ALTER COLUMN d DROP NOT NULL").operations())
                .containsExactly(new SetNotNull("t", "c"), new DropNotNull("t", "d"));
        assertThat(pg("ALTER TABLE t ALTER COLUMN c SET DEFAULT now(), ALTER COLUMN d DROP DEFAULT").operations())
                .containsExactly(new SetDefault("t", "c", "now()"), new DropDefault("t", "d"));
        assertThat(pg("ALTER TABLE t RENAME COLUMN a TO b").operations()).containsExactly(new RenameColumn("t", "a", "b"));
        assertThat(pg("ALTER TABLE t RENAME TO u").operations()).containsExactly(new RenameTable("t", "u"));
    }

    @Test
    void constraintsAddedAndDropped() {
        ParsedStatement check = pg("ALTER TABLE t ADD CONSTRAINT positive CHECK (amount > 0) NOT VALID");
        assertThat(check.operations()).containsExactly(new AddCheck("positive", "t", "amount > 0"));
        assertThat(check.has(StatementFlag.NOT_VALID)).isTrue();
        assertThat(pg("ALTER TABLE t ADD CONSTRAINT t_email_key UNIQUE (email)").operations())
                .containsExactly(new AddUnique("t_email_key", "t", List.of("email")));
        ParsedStatement usingIndex = pg("ALTER TABLE t ADD CONSTRAINT t_email_key UNIQUE USING INDEX t_email_idx");
        assertThat(usingIndex.has(StatementFlag.USING_INDEX)).isTrue();
        assertThat(pg("ALTER TABLE t DROP CONSTRAINT IF EXISTS positive").operations())
                .containsExactly(new DropConstraint("positive", "t"));
        assertThat(my("ALTER TABLE t DROP FOREIGN KEY t_ibfk_1, DROP INDEX t_ibfk_1").operations())
                .containsExactly(new DropConstraint("t_ibfk_1", "t"), new DropIndex("t_ibfk_1", "t"));
        // understood, with nothing the model holds
        ParsedStatement validate = pg("ALTER TABLE t VALIDATE CONSTRAINT positive");
        assertThat(validate.kind()).isEqualTo(StatementKind.SCHEMA_CHANGE);
        assertThat(validate.operations()).isEmpty();
    }

    @Test
    void createTableGivesItsColumnsKeyAndInlineIndexes() {
        ParsedStatement s = my("CREATE TABLE IF NOT EXISTS stock_moves (id bigint NOT NULL AUTO_INCREMENT, "
                + "item_id bigint NOT NULL, note varchar(200) CHARACTER SET utf8mb4 NULL, PRIMARY KEY (id), "
                + "KEY stock_moves_item (item_id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
        assertThat(s.operations()).containsExactly(
                new CreateTable("stock_moves", List.of(new ColumnSpec("id", "bigint", false, null),
                        new ColumnSpec("item_id", "bigint", false, null), ColumnSpec.of("note", "varchar(200)")),
                        List.of("id"), null),
                new CreateIndex("stock_moves_item", "stock_moves", List.of("item_id"), null, null));
        assertThat(pg("CREATE TABLE flags (id bigint PRIMARY KEY, at timestamp with time zone DEFAULT now() NOT NULL)")
                .operations()).containsExactly(new CreateTable("flags", List.of(new ColumnSpec("id", "bigint", false,
                null), new ColumnSpec("at", "timestamp with time zone", false, "now()")), List.of("id"), null));
    }

    @Test
    void tablesAndViewsDroppedRenamedAndCreated() {
        assertThat(pg("DROP TABLE IF EXISTS a, b CASCADE").operations())
                .containsExactly(new DropTable("a"), new DropTable("b"));
        assertThat(my("RENAME TABLE a TO b, c TO d").operations())
                .containsExactly(new RenameTable("a", "b"), new RenameTable("c", "d"));
        assertThat(pg("CREATE VIEW v AS SELECT id FROM t").operations())
                .containsExactly(new CreateView("v", "SELECT id FROM t"));
        assertThat(pg("CREATE OR REPLACE VIEW v AS SELECT id, total FROM t").operations())
                .containsExactly(new ReplaceView("v", "SELECT id, total FROM t"));
        assertThat(pg("DROP VIEW IF EXISTS v").operations()).containsExactly(new DropView("v"));
    }

    @Test
    void dataSettingsAndTransactionControlAreUnderstoodWithNothingToModel() {
        for (String sql : List.of("UPDATE t SET a = 1", "INSERT INTO t VALUES (1)", "DELETE FROM t", "SELECT 1",
                "SET lock_timeout = '5s'", "COMMENT ON TABLE t IS 'x'", "BEGIN", "COMMIT",
                "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$")) {
            assertThat(pg(sql).kind()).as(sql).isEqualTo(StatementKind.DATA);
        }
        assertThat(my("START TRANSACTION").kind()).isEqualTo(StatementKind.DATA);
    }

    @Test
    void tablesMadeFromOtherTablesAreNewTablesWithTheirSources() {
        ParsedStatement partition = pg("CREATE TABLE IF NOT EXISTS events_2025 PARTITION OF events FOR VALUES FROM "
                + "('2025-01-01') TO ('2026-01-01') PARTITION BY LIST (kind)");
        assertThat(partition.operations()).containsExactly(new CreateTable("events_2025", List.of(), List.of(), null));
        assertThat(partition.guarded()).hasSize(1);
        assertThat(partition.commands()).containsExactly(new CreateTableFrom("events_2025",
                CreateTableFrom.Form.PARTITION_OF, List.of("events")));
        assertThat(pg("CREATE TABLE archive WITH (fillfactor = 70) AS SELECT o.* FROM orders o JOIN customers c "
                + "ON c.id = o.customer_id WITH NO DATA").commands()).containsExactly(new CreateTableFrom("archive",
                CreateTableFrom.Form.QUERY, List.of("orders", "customers")));
        ParsedStatement like = pg("CREATE TABLE orders_new (LIKE orders INCLUDING ALL, extra text NOT NULL)");
        assertThat(like.operations(CreateTable.class).get(0).columns()).extracting(ColumnSpec::name)
                .containsExactly("extra");
        assertThat(like.commands()).containsExactly(new CreateTableFrom("orders_new", CreateTableFrom.Form.LIKE,
                List.of("orders")));
        assertThat(my("CREATE TABLE orders_new LIKE orders").commands()).containsExactly(new CreateTableFrom(
                "orders_new", CreateTableFrom.Form.LIKE, List.of("orders")));
        assertThat(my("CREATE TABLE orders_new (LIKE shop.orders)").commands()).containsExactly(new CreateTableFrom(
                "orders_new", CreateTableFrom.Form.LIKE, List.of("shop.orders")));
        assertThat(my("CREATE TABLE top ENGINE=InnoDB IGNORE SELECT id FROM orders").commands()).containsExactly(
                new CreateTableFrom("top", CreateTableFrom.Form.QUERY, List.of("orders")));
        assertThat(my("CREATE TABLE top WITH x AS (SELECT id FROM orders) SELECT * FROM x").understood()).isTrue();
        assertThat(my("CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER VIEW `low` AS "
                + "SELECT 1 AS `x`").operations()).containsExactly(new CreateView("low", "SELECT 1 AS `x`"));
        assertThat(pg("CREATE TABLE t").reason()).isEqualTo("CREATE TABLE t has neither a column list nor a query");
    }

    @Test
    void partitionsAccessMethodsPoliciesAndCopyAreRead() {
        assertThat(pg("ALTER TABLE ONLY events ATTACH PARTITION events_2018 DEFAULT").commands())
                .containsExactly(new AttachPartition("events", "events_2018"));
        assertThat(pg("ALTER TABLE events ATTACH PARTITION events_2018 FOR VALUES FROM (1) TO (2)").actions())
                .singleElement().satisfies(a -> assertThat(a.keyword()).isEqualTo("ATTACH"));
        assertThat(my("ALTER TABLE events ATTACH PARTITION p").understood()).isFalse();
        assertThat(pg("ALTER TABLE orders SET ACCESS METHOD heap").commands())
                .containsExactly(new SetAccessMethod("orders", "heap"));
        assertThat(pg("ALTER TABLE orders SET WITHOUT CLUSTER").understood()).isTrue();
        for (String policy : List.of("CREATE POLICY own ON orders USING (true)", "ALTER POLICY own ON orders "
                + "RENAME TO mine", "DROP POLICY IF EXISTS own ON orders")) {
            assertThat(pg(policy)).as(policy).satisfies(p -> {
                assertThat(p.object()).isEqualTo("POLICY");
                assertThat(p.target()).isEqualTo("orders");
            });
        }
        assertThat(pg("CREATE STATISTICS IF NOT EXISTS s (ndistinct) ON a, b FROM shop.orders").target())
                .isEqualTo("shop.orders");
        assertThat(pg("ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO reader").kind())
                .isEqualTo(StatementKind.DATA);
        assertThat(pg("ALTER INDEX events_at_idx ATTACH PARTITION events_2024_at_idx").understood()).isTrue();
        for (String database : List.of("CREATE DATABASE IF NOT EXISTS shop COLLATE utf8mb4_unicode_ci",
                "ALTER DATABASE shop COLLATE utf8mb4_unicode_ci", "ALTER SCHEMA shop CHARACTER SET utf8mb4")) {
            assertThat(my(database).kind()).as(database).isEqualTo(StatementKind.DATA);
        }
        assertThat(pg("ALTER DATABASE shop SET work_mem = '64MB'").kind()).isEqualTo(StatementKind.DATA);
        assertThat(pg("COPY orders (id, total) FROM stdin").target()).isEqualTo("orders");
        assertThat(pg("COPY (SELECT * FROM orders) TO stdout").target()).isNull();
        assertThat(pg("\\connect shop").kind()).isEqualTo(StatementKind.DATA);
    }

    @Test
    void mysqlPartitionActionsTableOptionsAndMaintenanceAreRead() {
        assertThat(my("ALTER TABLE logs DROP PARTITION p0, p1, ALGORITHM=INPLACE").commands()).containsExactly(
                new PartitionChange("logs", PartitionChange.Kind.DROP, List.of("p0", "p1")));
        assertThat(my("ALTER TABLE logs TRUNCATE PARTITION ALL").commands())
                .containsExactly(new PartitionChange("logs", PartitionChange.Kind.TRUNCATE, List.of()));
        assertThat(my("ALTER TABLE logs ADD PARTITION (PARTITION p9 VALUES LESS THAN (10))").commands())
                .containsExactly(new PartitionChange("logs", PartitionChange.Kind.ADD, List.of()));
        assertThat(my("ALTER TABLE logs ADD PARTITION PARTITIONS 2").commands())
                .containsExactly(new PartitionChange("logs", PartitionChange.Kind.REDISTRIBUTE, List.of()));
        assertThat(my("ALTER TABLE logs REORGANIZE PARTITION p0, p1 INTO (PARTITION p VALUES LESS THAN (5))")
                .commands()).containsExactly(new PartitionChange("logs", PartitionChange.Kind.REDISTRIBUTE,
                List.of("p0", "p1")));
        assertThat(my("ALTER TABLE logs COALESCE PARTITION 2").commands().get(0))
                .isEqualTo(new PartitionChange("logs", PartitionChange.Kind.REDISTRIBUTE, List.of()));
        assertThat(my("ALTER TABLE logs PARTITION BY HASH (id) PARTITIONS 4").commands())
                .containsExactly(new PartitionChange("logs", PartitionChange.Kind.REPARTITION, List.of()));
        assertThat(my("ALTER TABLE logs REMOVE PARTITIONING").commands())
                .containsExactly(new PartitionChange("logs", PartitionChange.Kind.REPARTITION, List.of()));
        assertThat(pg("ALTER TABLE logs TRUNCATE PARTITION p0").understood()).isFalse();
        assertThat(my("ALTER TABLE t ROW_FORMAT=COMPRESSED, KEY_BLOCK_SIZE=8").actions())
                .extracting(AlterAction::keyword).containsExactly("ROW_FORMAT", "KEY_BLOCK_SIZE");
        assertThat(my("ALTER TABLE t STATS_PERSISTENT=1").understood()).isTrue();
        ParsedStatement optimize = my("OPTIMIZE NO_WRITE_TO_BINLOG TABLE t");
        assertThat(optimize.target()).isEqualTo("t");
        assertThat(optimize.actions()).extracting(AlterAction::keyword).containsExactly("OPTIMIZE");
        ParsedStatement analyze = my("ANALYZE TABLE t UPDATE HISTOGRAM ON a");
        assertThat(analyze.kind()).isEqualTo(StatementKind.DATA);
        assertThat(analyze.target()).isEqualTo("t");
    }

    @Test
    void mysqlExchangeTablespaceAndPartitionMaintenanceAreReadAsWhatTheyDoToRows() {
        assertThat(my("ALTER TABLE logs EXCHANGE PARTITION p0 WITH TABLE logs_2019").commands())
                .containsExactly(new ExchangePartition("logs", "p0", "logs_2019", true));
        assertThat(my("ALTER TABLE logs EXCHANGE PARTITION p0 WITH TABLE archive.logs_2019 WITH VALIDATION")
                .commands()).containsExactly(new ExchangePartition("logs", "p0", "archive.logs_2019", true));
        assertThat(my("ALTER TABLE logs EXCHANGE PARTITION p0 WITH TABLE logs_2019 WITHOUT VALIDATION").commands())
                .containsExactly(new ExchangePartition("logs", "p0", "logs_2019", false));
        assertThat(my("ALTER TABLE logs DISCARD TABLESPACE").commands())
                .containsExactly(new TablespaceFile("logs", TablespaceFile.Kind.DISCARD, List.of()));
        assertThat(my("ALTER TABLE logs IMPORT TABLESPACE").commands())
                .containsExactly(new TablespaceFile("logs", TablespaceFile.Kind.IMPORT, List.of()));
        assertThat(my("ALTER TABLE logs DISCARD PARTITION p0, p1 TABLESPACE").commands())
                .containsExactly(new TablespaceFile("logs", TablespaceFile.Kind.DISCARD, List.of("p0", "p1")));
        assertThat(my("ALTER TABLE logs IMPORT PARTITION ALL TABLESPACE").commands())
                .containsExactly(new TablespaceFile("logs", TablespaceFile.Kind.IMPORT, List.of()));
        assertThat(my("ALTER TABLE logs REBUILD PARTITION p0, p1").commands())
                .containsExactly(new PartitionChange("logs", PartitionChange.Kind.REBUILD, List.of("p0", "p1")));
        assertThat(my("ALTER TABLE logs OPTIMIZE PARTITION ALL").commands())
                .containsExactly(new PartitionChange("logs", PartitionChange.Kind.OPTIMIZE, List.of()));
        for (String inspect : List.of("ANALYZE", "CHECK", "REPAIR")) {
            ParsedStatement read = my("ALTER TABLE logs " + inspect + " PARTITION p1");
            assertThat(read.commands()).as(inspect)
                    .containsExactly(new PartitionChange("logs", PartitionChange.Kind.INSPECT, List.of("p1")));
            assertThat(read.actions()).extracting(AlterAction::keyword).containsExactly(inspect);
        }
        assertThat(pg("ALTER TABLE logs DISCARD TABLESPACE").understood()).isFalse();
        assertThat(my("ALTER TABLE logs EXCHANGE PARTITION p0 logs_2019").understood()).isFalse();
    }

    @Test
    void mysqlMaintenanceOfSeveralTablesNamesEachAndCatalogStatementsAreUnderstood() {
        ParsedStatement optimize = my("OPTIMIZE LOCAL TABLE a, shop.b");
        assertThat(optimize.target()).isEqualTo("a");
        assertThat(optimize.actions()).extracting(AlterAction::table).containsExactly("a", "shop.b");
        for (String sql : List.of("CHECK TABLE t, u EXTENDED", "CHECKSUM TABLE t QUICK", "REPAIR NO_WRITE_TO_BINLOG "
                + "TABLE t")) {
            assertThat(my(sql).kind()).as(sql).isEqualTo(StatementKind.DATA);
            assertThat(my(sql).target()).as(sql).isEqualTo("t");
            assertThat(pg(sql).understood()).as(sql).isFalse();
        }
        for (String sql : List.of("RENAME USER 'a'@'%' TO 'b'@'%'",
                "CREATE EVENT IF NOT EXISTS purge ON SCHEDULE EVERY 1 DAY DO DELETE FROM logs WHERE at < now() - "
                        + "INTERVAL 30 DAY",
                "CREATE DEFINER = `ops`@`%` EVENT purge ON SCHEDULE AT now() DO TRUNCATE logs",
                "ALTER EVENT purge DISABLE", "ALTER DEFINER = CURRENT_USER EVENT purge RENAME TO purge_old",
                "DROP EVENT IF EXISTS purge", "XA RECOVER", "XA END 'x'", "XA PREPARE 'x'")) {
            assertThat(my(sql).kind()).as(sql).isEqualTo(StatementKind.DATA);
            assertThat(my(sql).commands()).as(sql).isEmpty();
        }
        assertThat(my("XA START 'x'").has(StatementFlag.OPENS_TRANSACTION)).isTrue();
        assertThat(my("XA COMMIT 'x' ONE PHASE").has(StatementFlag.ENDS_TRANSACTION)).isTrue();
        assertThat(my("XA ROLLBACK 'x'").has(StatementFlag.ENDS_TRANSACTION)).isTrue();
        assertThat(pg("XA START 'x'").understood()).isFalse();
        assertThat(pg("CREATE EVENT TRIGGER t ON ddl_command_start EXECUTE FUNCTION f()")
                .has(StatementFlag.CATALOG_ONLY)).isTrue();
        // MySQL's ALTER VIEW replaces the query as CREATE OR REPLACE VIEW does
        assertThat(my("ALTER VIEW v AS SELECT id FROM t").operations())
                .containsExactly(new ReplaceView("v", "SELECT id FROM t"));
        assertThat(my("ALTER ALGORITHM=MERGE DEFINER=`root`@`localhost` SQL SECURITY INVOKER VIEW v (a) AS "
                + "SELECT id FROM t").operations()).containsExactly(new ReplaceView("v", "SELECT id FROM t"));
        assertThat(my("ALTER VIEW v AS SELECT id FROM t").operations())
                .isEqualTo(my("CREATE OR REPLACE VIEW v AS SELECT id FROM t").operations());
    }

    @Test
    void whatIsNotUnderstoodSaysWhyAndNeverThrows() {
        assertThat(pg("CREATE PUBLICATION p FOR TABLE t").commands()).containsExactly(new PublishTables(List.of("t")));
        assertThat(pg("CREATE PUBLICATION p FOR TABLES IN SCHEMA app, TABLE ONLY a (id), b WHERE (id > 0) WITH "
                + "(publish = 'insert')").commands()).containsExactly(new PublishTables(List.of("a", "b")));
        assertThat(pg("ALTER PUBLICATION p SET TABLE a").commands()).containsExactly(new PublishTables(List.of("a")));
        assertThat(pg("ALTER PUBLICATION p SET (publish = 'insert')").has(StatementFlag.CATALOG_ONLY)).isTrue();
        assertThat(pg("CREATE PUBLICATION p FOR ALL TABLES").has(StatementFlag.CATALOG_ONLY)).isTrue();
        assertThat(pg("DROP PUBLICATION IF EXISTS p").has(StatementFlag.CATALOG_ONLY)).isTrue();
        assertThat(pg("CREATE PUBLICATION p FOR SEQUENCE s").understood()).isFalse();
        assertThat(pg("REFRESH MATERIALIZED VIEW mv").commands())
                .containsExactly(new RefreshMaterializedView("mv", false));
        assertThat(pg("REFRESH MATERIALIZED VIEW CONCURRENTLY reports.daily WITH DATA").commands())
                .containsExactly(new RefreshMaterializedView("reports.daily", true));
        assertThat(my("REFRESH MATERIALIZED VIEW mv").understood()).isFalse();
        assertThat(pg("DO $$ BEGIN PERFORM 1; END $$").reason()).isEqualTo("a DO block runs code no rule can read");
        assertThat(pg("ALTER TABLE ALL IN TABLESPACE a SET TABLESPACE b").reason())
                .isEqualTo("ALTER TABLE action \"IN\" is not understood");
        assertThat(pg("ALTER TYPE address ADD ATTRIBUTE zip text").understood()).isFalse();
        assertThat(pg("\\i more.sql").reason()).isEqualTo("the psql meta-command \\i runs statements the linter "
                + "does not read");
        assertThat(my("CALL purge_logs(10)").reason()).isEqualTo("a procedure call runs code no rule can read");
        for (String odd : List.of("ALTER TABLE", "ALTER TABLE t ADD", "CREATE INDEX ON", "CREATE TABLE t (",
                "ALTER TABLE t ADD CONSTRAINT c CHECK", "(((", "DROP INDEX", "ALTER TABLE t ALTER COLUMN")) {
            assertThat(pg(odd).kind()).as(odd).isEqualTo(StatementKind.UNKNOWN);
            assertThat(my(odd).kind()).as(odd).isEqualTo(StatementKind.UNKNOWN);
        }
    }

    @Test
    void aScriptKeepsEachStatementsLineAndDollarQuotedBodiesWhole() {
        List<ParsedStatement> script = PG.parseScript("SET lock_timeout = '5s';\n\nCREATE FUNCTION f() RETURNS "
                + "trigger AS $body$\nBEGIN\n  RETURN NEW; -- ends here?\nEND\n$body$ LANGUAGE plpgsql;\n"
                + "ALTER TABLE t\n  ADD COLUMN c int;\n");
        assertThat(script).extracting(ParsedStatement::line).containsExactly(1, 3, 8);
        assertThat(script).extracting(ParsedStatement::kind).containsExactly(StatementKind.DATA, StatementKind.DATA,
                StatementKind.SCHEMA_CHANGE);
    }

    @Test
    void destructiveAndLockingStatementsAreTypedCommands() {
        assertThat(pg("TRUNCATE TABLE ONLY orders, \"Audit\" * RESTART IDENTITY CASCADE").commands())
                .containsExactly(new TruncateTables(List.of("orders", "Audit"), true));
        assertThat(my("TRUNCATE stock").commands()).containsExactly(new TruncateTables(List.of("stock"), false));
        assertThat(pg("DROP SCHEMA IF EXISTS a, b CASCADE").commands())
                .containsExactly(new DropSchema("a", false, true), new DropSchema("b", false, true));
        assertThat(pg("DROP SCHEMA a RESTRICT").commands()).containsExactly(new DropSchema("a", false, false));
        assertThat(pg("DROP DATABASE shop WITH (FORCE)").commands()).containsExactly(new DropSchema("shop", true, true));
        assertThat(my("DROP SCHEMA shop").commands()).containsExactly(new DropSchema("shop", false, true));
        assertThat(pg("REINDEX (VERBOSE) TABLE CONCURRENTLY orders").commands())
                .containsExactly(new Reindex(Reindex.Target.TABLE, "orders", true));
        assertThat(pg("REINDEX INDEX orders_idx").commands())
                .containsExactly(new Reindex(Reindex.Target.INDEX, "orders_idx", false));
        assertThat(pg("REINDEX DATABASE").commands()).containsExactly(new Reindex(Reindex.Target.DATABASE, null, false));
        assertThat(pg("CLUSTER VERBOSE orders USING orders_pkey").commands())
                .containsExactly(new ClusterTable("orders", "orders_pkey"));
        assertThat(pg("CLUSTER orders_pkey ON orders").commands())
                .containsExactly(new ClusterTable("orders", "orders_pkey"));
        assertThat(pg("CLUSTER").commands()).containsExactly(new ClusterTable(null, null));
        assertThat(pg("VACUUM FULL VERBOSE orders, customers").commands())
                .containsExactly(new VacuumFull(List.of("orders", "customers")));
        assertThat(pg("VACUUM (FULL, ANALYZE) orders (total)").commands())
                .containsExactly(new VacuumFull(List.of("orders")));
        assertThat(pg("VACUUM FULL").commands()).containsExactly(new VacuumFull(List.of()));
        assertThat(pg("LOCK orders").commands()).containsExactly(new LockTables(List.of("orders"), "ACCESS EXCLUSIVE"));
        assertThat(pg("LOCK TABLE ONLY a, b IN SHARE ROW EXCLUSIVE MODE NOWAIT").commands())
                .containsExactly(new LockTables(List.of("a", "b"), "SHARE ROW EXCLUSIVE"));
        assertThat(my("LOCK TABLES a READ LOCAL, b AS x LOW_PRIORITY WRITE").commands())
                .containsExactly(new LockTables(List.of("a"), "READ"), new LockTables(List.of("b"), "WRITE"));
        for (String sql : List.of("TRUNCATE t", "LOCK t", "REINDEX TABLE t", "CLUSTER t", "VACUUM FULL t",
                "DROP SCHEMA s CASCADE")) {
            assertThat(pg(sql).kind()).as(sql).isEqualTo(StatementKind.COMMAND);
        }
    }

    @Test
    void alterTableStorageAndPartitionActionsAreCommandsBesideTheOperations() {
        ParsedStatement logged = pg("ALTER TABLE orders SET LOGGED, ADD COLUMN note text");
        assertThat(logged.kind()).isEqualTo(StatementKind.SCHEMA_CHANGE);
        assertThat(logged.commands()).containsExactly(new SetLogged("orders", true));
        assertThat(logged.operations()).hasSize(1);
        assertThat(pg("ALTER TABLE orders SET UNLOGGED").commands()).containsExactly(new SetLogged("orders", false));
        assertThat(pg("ALTER TABLE orders SET TABLESPACE fast NOWAIT").commands())
                .containsExactly(new SetTablespace("orders", "fast"));
        assertThat(pg("ALTER TABLE events DETACH PARTITION events_2019 CONCURRENTLY").commands())
                .containsExactly(new DetachPartition("events", "events_2019", true, false));
        assertThat(pg("ALTER TABLE events DETACH PARTITION events_2019 FINALIZE").commands())
                .containsExactly(new DetachPartition("events", "events_2019", false, true));
    }

    @Test
    void plainVacuumAndLockInstanceAreUnderstoodWithNothingToModel() {
        assertThat(pg("VACUUM (ANALYZE) orders").kind()).isEqualTo(StatementKind.DATA);
        assertThat(pg("VACUUM (FULL false) orders").kind()).isEqualTo(StatementKind.DATA);
        assertThat(pg("VACUUM orders").kind()).isEqualTo(StatementKind.DATA);
        assertThat(my("LOCK INSTANCE FOR BACKUP").kind()).isEqualTo(StatementKind.DATA);
        assertThat(pg("LOCK orders IN FRIENDLY MODE").kind()).isEqualTo(StatementKind.UNKNOWN);
        assertThat(pg("REINDEX EVERYTHING x").kind()).isEqualTo(StatementKind.UNKNOWN);
    }

    @Test
    void domainChecksAreTypedCommands() {
        ParsedStatement add = pg("ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0)");
        assertThat(add.kind()).isEqualTo(StatementKind.COMMAND);
        assertThat(add.commands()).containsExactly(new AddDomainCheck("positive_amount", "positive_amount_check",
                "VALUE > 0", false, false));
        assertThat(pg("ALTER DOMAIN Amount ADD CHECK (VALUE > 0) NOT VALID").commands())
                .containsExactly(new AddDomainCheck("amount", null, "VALUE > 0", true, false));
        assertThat(pg("ALTER DOMAIN amount VALIDATE CONSTRAINT amount_check").commands())
                .containsExactly(new ValidateDomainConstraint("amount", "amount_check"));
        assertThat(pg("CREATE DOMAIN code AS varchar(20) NOT NULL CONSTRAINT code_upper CHECK (VALUE = upper(VALUE))")
                .commands()).containsExactly(new CreateDomain("code", "varchar(20)", List.of("VALUE = upper(VALUE)"),
                true));
        assertThat(pg("CREATE DOMAIN code AS text NULL").commands())
                .containsExactly(new CreateDomain("code", "text", List.of(), false));
        // SET NOT NULL checks every column of the domain as an added check does, and has no NOT VALID form
        assertThat(pg("ALTER DOMAIN amount SET NOT NULL").commands()).containsExactly(AddDomainCheck.notNull("amount"));
        assertThat(AddDomainCheck.notNull("amount").setNotNull()).isTrue();
    }

    @Test
    void theTargetTableAndTheClausesOfAddedColumnsAreRead() {
        ParsedStatement add = pg("ALTER TABLE Orders ADD COLUMN code text UNIQUE REFERENCES codes (code), "
                + "ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY");
        assertThat(add.target()).isEqualTo("orders");
        assertThat(add.keyword()).isEqualTo("ALTER");
        assertThat(add.columns()).extracting(WrittenColumn::name).containsExactly("code", "n");
        assertThat(add.columns().get(0).clauses()).containsExactlyInAnyOrder(ColumnClause.UNIQUE,
                ColumnClause.REFERENCES);
        assertThat(add.columns().get(1).clauses()).containsExactly(ColumnClause.IDENTITY);
        assertThat(my("ALTER TABLE t ADD COLUMN total int AS (a + b) STORED AFTER a, ALGORITHM=INPLACE").columns()
                .get(0).clauses()).containsExactlyInAnyOrder(ColumnClause.EXPRESSION, ColumnClause.STORED,
                ColumnClause.POSITIONED);
        assertThat(pg("UPDATE ONLY orders SET note = 'x'").target()).isEqualTo("orders");
        assertThat(pg("DELETE FROM ledger.entries WHERE id < 10").target()).isEqualTo("ledger.entries");
        assertThat(pg("ALTER TABLE orders VALIDATE CONSTRAINT \"Orders_FK\"").commands())
                .containsExactly(new ValidateConstraint("orders", "Orders_FK"));
        // a statement not understood as a whole still says which table it alters
        assertThat(pg("ALTER TABLE orders FROBNICATE").target()).isEqualTo("orders");
    }

    @Test
    void settingsAndTransactionControlAreRead() {
        assertThat(pg("SET LOCAL lock_timeout TO '5s'").settings())
                .containsExactly(new SessionSetting("lock_timeout", "'5s'", true));
        assertThat(pg("SET app.lock_timeout = 0").settings())
                .containsExactly(new SessionSetting("app.lock_timeout", "0", false));
        assertThat(pg("SET TIME ZONE 'UTC'").settings()).containsExactly(new SessionSetting("timezone", "'UTC'", false));
        assertThat(pg("RESET ALL").settings()).containsExactly(new SessionSetting("all", null, false));
        assertThat(pg("SELECT set_config('lock_timeout', '2s', true)").settings())
                .containsExactly(new SessionSetting("lock_timeout", "'2s'", true));
        assertThat(my("SET SESSION lock_wait_timeout = 5, @@session.max_statement_time = 10, @batch = 3").settings())
                .containsExactly(new SessionSetting("lock_wait_timeout", "5", false),
                        new SessionSetting("max_statement_time", "10", false));
        // a global setting leaves the running session as it was
        assertThat(my("SET GLOBAL lock_wait_timeout = 5").settings()).isEmpty();
        assertThat(pg("START TRANSACTION ISOLATION LEVEL SERIALIZABLE").flags())
                .containsExactly(StatementFlag.OPENS_TRANSACTION);
        assertThat(pg("COMMIT").flags()).containsExactly(StatementFlag.ENDS_TRANSACTION);
        assertThat(pg("ROLLBACK TO SAVEPOINT s").flags()).isEmpty();
    }

    @Test
    void guardsNamedConstraintsAndFunctionVolatilityAreRead() {
        ParsedStatement alter = pg("ALTER TABLE orders ADD COLUMN IF NOT EXISTS a int, DROP COLUMN b, "
                + "DROP CONSTRAINT IF EXISTS c, ADD CONSTRAINT d CHECK (a > 0)");
        assertThat(alter.object()).isEqualTo("TABLE");
        assertThat(alter.guarded()).containsExactly(new AddColumn("orders", new ColumnSpec("a", "int", null, null), null),
                new DropConstraint("c", "orders"));
        assertThat(alter.constraints()).containsExactly("d");
        assertThat(pg("DROP TYPE IF EXISTS mood").flags()).contains(StatementFlag.IF_EXISTS);
        assertThat(pg("DROP TYPE mood").object()).isEqualTo("TYPE");
        assertThat(pg("CREATE UNIQUE INDEX IF NOT EXISTS i ON t (a)").guarded()).hasSize(1);
        assertThat(pg("CREATE FUNCTION app.Next_Code() RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'volatile' $$")
                .commands()).containsExactly(new CreateFunction("app.next_code", true));
        assertThat(pg("CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT 'STABLE' $$").commands())
                .containsExactly(new CreateFunction("f", false));
    }

    @Test
    void renamesOfViewsAndSchemasAreCommandsWithTheirNewNames() {
        assertThat(pg("ALTER VIEW IF EXISTS order_totals RENAME TO order_revenue").commands())
                .containsExactly(new RenameObject("view", "order_totals", "order_revenue"));
        assertThat(pg("ALTER MATERIALIZED VIEW mv RENAME TO mv2").commands())
                .containsExactly(new RenameObject("materialized view", "mv", "mv2"));
        assertThat(pg("ALTER SCHEMA sales RENAME TO commerce").commands())
                .containsExactly(new RenameObject("schema", "sales", "commerce"));
        assertThat(pg("ALTER VIEW v OWNER TO app").understood()).isTrue();
        assertThat(pg("ALTER VIEW v OWNER TO app").commands()).isEmpty();
        assertThat(pg("ALTER SCHEMA s OWNER TO app").commands()).isEmpty();
        assertThat(pg("ALTER VIEW v ALTER COLUMN c SET DEFAULT 1").understood()).isFalse();
    }

    @Test
    void triggersMaterializedViewsIndexRenamesAndSequencesAreUnderstoodAndQuiet() {
        for (String sql : List.of("CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f()",
                "DROP TRIGGER tr ON t", "CREATE MATERIALIZED VIEW mv AS SELECT id FROM t", "DROP MATERIALIZED VIEW mv",
                "ALTER INDEX t_a_idx RENAME TO t_b_idx", "ALTER SEQUENCE t_id_seq RESTART WITH 100")) {
            ParsedStatement parsed = pg(sql);
            assertThat(parsed.understood()).as(sql).isTrue();
            assertThat(parsed.kind()).as(sql).isEqualTo(StatementKind.DATA);
            assertThat(parsed.operations()).as(sql).isEmpty();
            assertThat(parsed.commands()).as(sql).allMatch(c -> c instanceof DropTrigger || c instanceof CreateObject);
        }
        assertThat(pg("DROP TRIGGER tr ON t").commands()).containsExactly(new DropTrigger("tr", "t"));
        assertThat(my("DROP TRIGGER IF EXISTS shop.items_touch").commands())
                .containsExactly(new DropTrigger("shop.items_touch", null));
        assertThat(pg("DROP MATERIALIZED VIEW IF EXISTS mv").has(StatementFlag.IF_EXISTS)).isTrue();
        assertThat(pg("ALTER INDEX t_a_idx SET TABLESPACE fast NOWAIT").commands())
                .containsExactly(new MoveIndex("t_a_idx", "fast"));
        assertThat(pg("ALTER INDEX t_a_idx SET (fillfactor = 70)").has(StatementFlag.CATALOG_ONLY)).isTrue();
        assertThat(pg("ALTER INDEX t_a_idx ALL IN TABLESPACE x").understood()).isFalse();
    }

    @Test
    void movesToAnotherSchemaAndRenamesOfRoutinesAndDomainsAreRenames() {
        ParsedStatement table = pg("ALTER TABLE IF EXISTS sales.orders SET SCHEMA archive");
        assertThat(table.commands()).containsExactly(new RenameObject("table", "sales.orders", "archive.orders"));
        assertThat(table.commands(RenameObject.class).get(0).moved()).isTrue();
        assertThat(table.commands(RenameObject.class).get(0).schema()).isEqualTo("archive");
        assertThat(pg("ALTER VIEW v SET SCHEMA archive").commands())
                .containsExactly(new RenameObject("view", "v", "archive.v"));
        assertThat(pg("ALTER TYPE order_state SET SCHEMA archive").commands())
                .containsExactly(new RenameObject("type", "order_state", "archive.order_state"));
        RenameObject function = pg("ALTER FUNCTION public.touch(integer, text) RENAME TO touch_row")
                .commands(RenameObject.class).get(0);
        assertThat(function).isEqualTo(new RenameObject("function", "public.touch", "touch_row"));
        assertThat(function.moved()).isFalse();
        assertThat(pg("ALTER DOMAIN money_amount RENAME TO amount").commands())
                .containsExactly(new RenameObject("domain", "money_amount", "amount"));
        assertThat(pg("ALTER PROCEDURE archive_orders(int) SET SCHEMA jobs").commands())
                .containsExactly(new RenameObject("procedure", "archive_orders", "jobs.archive_orders"));
        // new names, for renames later in the file
        assertThat(pg("CREATE TYPE \"Role_new\" AS ENUM ('USER', 'ADMIN')").commands())
                .containsExactly(new CreateObject("type", "Role_new"));
        assertThat(pg("CREATE SCHEMA IF NOT EXISTS archive").commands())
                .containsExactly(new CreateObject("schema", "archive"));
        assertThat(pg("CREATE SCHEMA AUTHORIZATION app").commands()).isEmpty();
        assertThat(pg("CREATE MATERIALIZED VIEW IF NOT EXISTS daily AS SELECT 1").commands())
                .containsExactly(new CreateObject("materialized view", "daily"));
    }

    @Test
    void catalogOnlyStatementsAreUnderstoodAndSaySo() {
        for (String sql : List.of("ALTER FUNCTION f(int) OWNER TO app", "ALTER FUNCTION f() SET search_path = "
                + "public", "ALTER PROCEDURE p() SECURITY DEFINER", "ALTER AGGREGATE a(int) OWNER TO app",
                "ALTER ROUTINE r() OWNER TO app", "ALTER EXTENSION pgcrypto UPDATE", "ALTER ROLE app SET "
                + "statement_timeout = '5s'", "ALTER USER app WITH PASSWORD 'x'", "ALTER COLLATION c REFRESH VERSION",
                "ALTER TEXT SEARCH CONFIGURATION ts OWNER TO app", "ALTER EVENT TRIGGER et DISABLE",
                "ALTER LARGE OBJECT 1 OWNER TO app", "ALTER SYSTEM SET work_mem = '64MB'", "ALTER DOMAIN d OWNER TO "
                + "app", "ALTER DOMAIN d SET DEFAULT 0", "ALTER DOMAIN d DROP CONSTRAINT d_ck", "CREATE LANGUAGE "
                + "plperl", "CREATE TRUSTED LANGUAGE plperl", "CREATE CAST (text AS int) WITH INOUT",
                "CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = int4eq)", "CREATE AGGREGATE a (int) "
                + "(SFUNC = int4pl, STYPE = int)", "CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw",
                "CREATE FOREIGN TABLE ft (id int) SERVER s", "CREATE EVENT TRIGGER et ON ddl_command_start EXECUTE "
                + "FUNCTION f()", "DROP CAST IF EXISTS (text AS int)", "CHECKPOINT", "SECURITY LABEL ON TABLE t IS "
                + "'x'", "IMPORT FOREIGN SCHEMA public FROM SERVER s INTO staging", "LOAD 'auto_explain'")) {
            ParsedStatement parsed = pg(sql);
            assertThat(parsed.understood()).as(sql).isTrue();
            assertThat(parsed.operations()).as(sql).isEmpty();
            assertThat(parsed.commands()).as(sql).isEmpty();
        }
        assertThat(pg("ALTER EXTENSION pgcrypto UPDATE").has(StatementFlag.CATALOG_ONLY)).isTrue();
        assertThat(my("ALTER USER 'app'@'%' IDENTIFIED BY 'x'").has(StatementFlag.CATALOG_ONLY)).isTrue();
        assertThat(my("ALTER FUNCTION f COMMENT 'x'").understood()).isTrue();
        assertThat(my("CHECKPOINT").understood()).isFalse();
    }

    @Test
    void rulesTriggerRenamesInheritanceAndRowSecurityNameTheirTable() {
        for (String sql : List.of("CREATE OR REPLACE RULE keep AS ON DELETE TO orders DO INSTEAD NOTHING",
                "DROP RULE IF EXISTS keep ON orders", "ALTER RULE keep ON orders RENAME TO keep2",
                "ALTER TRIGGER audit ON orders RENAME TO audit2")) {
            ParsedStatement parsed = pg(sql);
            assertThat(parsed.understood()).as(sql).isTrue();
            assertThat(parsed.target()).as(sql).isEqualTo("orders");
        }
        assertThat(pg("ALTER TABLE orders INHERIT order_base").commands())
                .containsExactly(new Inherit("orders", "order_base", true));
        assertThat(pg("ALTER TABLE orders NO INHERIT order_base").commands())
                .containsExactly(new Inherit("orders", "order_base", false));
        for (String sql : List.of("ALTER TABLE orders FORCE ROW LEVEL SECURITY", "ALTER TABLE orders NO FORCE ROW "
                + "LEVEL SECURITY", "ALTER TABLE orders OF order_row", "ALTER TABLE orders NOT OF",
                "ALTER TABLE orders ALTER COLUMN id RESTART", "ALTER TABLE orders ALTER COLUMN id RESTART WITH 10")) {
            ParsedStatement parsed = pg(sql);
            assertThat(parsed.understood()).as(sql).isTrue();
            assertThat(parsed.actions()).as(sql).hasSize(1);
        }
        assertThat(my("ALTER TABLE t INHERIT base").understood()).isFalse();
    }

    @Test
    void aMigrationToolsPlaceholderIsReadAsAName() {
        assertThat(pg("ALTER TABLE ${schema}.orders DROP COLUMN note").operations())
                .containsExactly(new DropColumn("${schema}.orders", "note"));
        assertThat(my("CREATE INDEX orders_note_idx ON ${flyway:defaultSchema}.orders (note)").target())
                .isEqualTo("${flyway:defaultSchema}.orders");
        // an unclosed one is no name, and does not swallow what follows up to a brace in a later string
        assertThat(pg("ALTER TABLE ${schema orders ADD COLUMN meta jsonb DEFAULT '{}'").understood()).isFalse();
        // a dollar sign that opens no placeholder is still a dollar-quoted body or a parameter
        assertThat(pg("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $${ SELECT 1 }$$").understood()).isTrue();
    }

    @Test
    void aTableMadeFromAQueryMayNameItsColumns() {
        ParsedStatement s = pg("CREATE TABLE order_ids (id, state) AS SELECT id, status FROM orders");
        assertThat(s.understood()).isTrue();
        assertThat(s.commands(CreateTableFrom.class)).hasSize(1);
        assertThat(s.commands(CreateTableFrom.class).get(0).sources()).containsExactly("orders");
    }

    @Test
    void anUpdateOrDeleteSaysWhetherAWhereFiltersItsRows() {
        assertThat(pg("UPDATE orders SET status = 'new'").has(StatementFlag.FILTERED)).isFalse();
        assertThat(pg("UPDATE orders SET status = (SELECT s FROM d WHERE d.id = 1)").has(StatementFlag.FILTERED))
                .as("a WHERE inside a subquery filters the subquery, not the update").isFalse();
        assertThat(pg("UPDATE orders SET status = 'new' WHERE id = 1").has(StatementFlag.FILTERED)).isTrue();
        assertThat(pg("DELETE FROM orders WHERE id IN (SELECT id FROM old)").has(StatementFlag.FILTERED)).isTrue();
        assertThat(pg("DELETE FROM orders").has(StatementFlag.FILTERED)).isFalse();
        assertThat(my("UPDATE orders SET status = 'new' WHERE id = 1").target()).isEqualTo("orders");
    }
}
