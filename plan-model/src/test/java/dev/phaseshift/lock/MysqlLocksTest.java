package dev.phaseshift.lock;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MySQL/MariaDB ALTER TABLE forms by version, on the demo shipping service (3 M shipping addresses, 11.5 M
 * shipments): the algorithm and LOCK level, whether concurrent writes pass, and the row work.
 */
class MysqlLocksTest {
    private static final Snapshot SHIPPING = DemoEstate.load().snapshot("shipping").orElseThrow();
    private static final Dialect MYSQL_8_0_12 = Dialect.mysql(8, 0, 12);
    private static final Dialect MYSQL_8_0_29 = Dialect.mysql(8, 0, 29);
    private static final Dialect MARIADB_10_3 = Dialect.mariadb(10, 3, 0);
    private static final Dialect MARIADB_10_4 = Dialect.mariadb(10, 4, 0);
    private static final Dialect MARIADB_10_11 = Dialect.mariadb(10, 11, 0);

    private static String on(Dialect dialect, String sql) {
        return LockModel.statement(dialect, SHIPPING, sql).summary();
    }

    private static List<String> rendered(Dialect dialect, Operation op) {
        return LockModel.statements(dialect, SHIPPING, SHIPPING, Step.of("s", "shipping", op),
                op.forwardSql(dialect, SHIPPING)).stream().map(StatementLocks::summary).toList();
    }

    @Test
    void addingAColumnIsInstantAtTheEndFrom8012And103AndAnywhereFrom8029And104() {
        String atEnd = "ALTER TABLE shipping_addresses ADD COLUMN note varchar(20)";
        String middle = "ALTER TABLE shipping_addresses ADD COLUMN note varchar(20) AFTER city";
        assertThat(on(MYSQL_8_0_12, atEnd)).isEqualTo("ALGORITHM=INSTANT, LOCK=NONE on shop_shipping.shipping_addresses, "
                + "metadata only, ~0 s");
        assertThat(on(MYSQL_8_0_12, middle)).isEqualTo("ALGORITHM=INPLACE, LOCK=NONE on "
                + "shop_shipping.shipping_addresses, rewrites 3 M rows, ~21 s");
        assertThat(on(MYSQL_8_0_29, middle)).startsWith("ALGORITHM=INSTANT, LOCK=NONE");
        assertThat(on(MARIADB_10_3, atEnd)).startsWith("ALGORITHM=INSTANT, LOCK=NONE");
        assertThat(on(MARIADB_10_3, middle)).startsWith("ALGORITHM=INPLACE, LOCK=NONE");
        assertThat(on(MARIADB_10_4, middle)).startsWith("ALGORITHM=INSTANT, LOCK=NONE");
    }

    @Test
    void anInlineReferencesMakesAKeyOnMariaDbOnlyAndSoACopy() {
        String sql = "ALTER TABLE shipping_addresses ADD COLUMN region_id bigint NULL REFERENCES shipments (id)";
        assertThat(on(MARIADB_10_11, sql)).startsWith("ALGORITHM=COPY, LOCK=SHARED");
        assertThat(on(MYSQL_8_0_29, sql)).as("MySQL ignores the clause").startsWith("ALGORITHM=INSTANT, LOCK=NONE");
    }

    @Test
    void replacingThePrimaryKeyInOneStatementRebuildsInPlace() {
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipping_addresses DROP PRIMARY KEY, ADD PRIMARY KEY (id, city)"))
                .startsWith("ALGORITHM=INPLACE, LOCK=NONE").contains("rewrites 3 M rows");
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipping_addresses DROP PRIMARY KEY"))
                .startsWith("ALGORITHM=COPY, LOCK=SHARED");
    }

    @Test
    void droppingAColumnIsInstantFrom8029And104() {
        String sql = "ALTER TABLE shipping_addresses DROP COLUMN line2";
        assertThat(on(MYSQL_8_0_12, sql)).startsWith("ALGORITHM=INPLACE, LOCK=NONE").contains("rewrites 3 M rows");
        assertThat(on(MYSQL_8_0_29, sql)).startsWith("ALGORITHM=INSTANT, LOCK=NONE").contains("metadata only");
        assertThat(on(MARIADB_10_3, sql)).startsWith("ALGORITHM=INPLACE, LOCK=NONE");
        assertThat(on(MARIADB_10_4, sql)).startsWith("ALGORITHM=INSTANT, LOCK=NONE");
    }

    @Test
    void typeChangesCopyAndBlockWritesButVarcharGrowthAndEnumAppendsDoNot() {
        StatementLocks copy = LockModel.statement(MARIADB_10_11, SHIPPING,
                "ALTER TABLE shipments MODIFY COLUMN weight_grams bigint NULL");
        assertThat(copy.summary()).isEqualTo("ALGORITHM=COPY, LOCK=SHARED on shop_shipping.shipments, rewrites 11.5 M "
                + "rows, ~2 min");
        assertThat(copy.blocksWrites()).isTrue();
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipments MODIFY tracking_number varchar(100) NULL"))
                .startsWith("ALGORITHM=INSTANT, LOCK=NONE");
        assertThat(on(MYSQL_8_0_29, "ALTER TABLE shipments MODIFY tracking_number varchar(100) NULL"))
                .startsWith("ALGORITHM=INPLACE, LOCK=NONE").contains("metadata only");
        String appended = "ALTER TABLE shipments MODIFY status ENUM('pending','label_created','in_transit',"
                + "'delivered','returned','lost','held') NOT NULL DEFAULT 'pending'";
        String reordered = "ALTER TABLE shipments MODIFY status ENUM('label_created','pending','in_transit',"
                + "'delivered','returned','lost') NOT NULL DEFAULT 'pending'";
        assertThat(on(MARIADB_10_11, appended)).startsWith("ALGORITHM=INSTANT, LOCK=NONE");
        assertThat(on(MARIADB_10_11, reordered)).startsWith("ALGORITHM=COPY, LOCK=SHARED");
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipping_addresses CONVERT TO CHARACTER SET utf8mb4"))
                .startsWith("ALGORITHM=COPY, LOCK=SHARED");
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipping_addresses MODIFY phone varchar(32) NOT NULL"))
                .startsWith("ALGORITHM=INPLACE, LOCK=NONE").contains("rewrites 3 M rows");
    }

    @Test
    void anAlgorithmOrLockClauseInTheStatementWins() {
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipping_addresses ADD COLUMN note int, ALGORITHM=COPY"))
                .startsWith("ALGORITHM=COPY, LOCK=SHARED").contains("rewrites 3 M rows");
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipping_addresses ADD INDEX city_idx (city), LOCK=SHARED"))
                .startsWith("ALGORITHM=INPLACE, LOCK=SHARED");
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipping_addresses ADD INDEX city_idx (city), LOCK=EXCLUSIVE"))
                .startsWith("ALGORITHM=INPLACE, LOCK=EXCLUSIVE");
    }

    @Test
    void indexesForeignKeysChecksAndRenames() {
        assertThat(rendered(MARIADB_10_11, new CreateIndex("sa_city_idx", "shipping_addresses", List.of("city"), null,
                null))).containsExactly("no table lock, no table work, ~0 s", "ALGORITHM=INPLACE, LOCK=NONE on shop_shipping.shipping_addresses, indexes 3 M "
                + "rows, ~6 s");
        assertThat(on(MARIADB_10_11, "DROP INDEX carriers_code_uq ON carriers")).startsWith("ALGORITHM=NOCOPY, LOCK=NONE");
        assertThat(on(MYSQL_8_0_29, "DROP INDEX carriers_code_uq ON carriers")).startsWith("ALGORITHM=INPLACE, LOCK=NONE");
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipments ADD CONSTRAINT s_fk FOREIGN KEY (carrier_id) "
                + "REFERENCES carriers (id)")).startsWith("ALGORITHM=COPY, LOCK=SHARED");
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipments ADD CONSTRAINT s_ck CHECK (shipping_cost >= 0)"))
                .startsWith("ALGORITHM=COPY, LOCK=SHARED");
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipping_addresses RENAME COLUMN phone TO phone_number"))
                .startsWith("ALGORITHM=INSTANT, LOCK=NONE");
        assertThat(on(Dialect.mysql(8, 0, 20), "ALTER TABLE shipping_addresses RENAME COLUMN phone TO phone_number"))
                .startsWith("ALGORITHM=INPLACE, LOCK=NONE").contains("metadata only");
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipping_addresses ALTER COLUMN phone SET DEFAULT ''"))
                .startsWith("ALGORITHM=INSTANT, LOCK=NONE");
    }

    @Test
    void eachActionIsJudgedAsTheParserReadItNotByWordsInItsText() {
        // 'after', 'NOT NULL' and '--' inside literals are a default and an ENUM member, not a clause or a comment
        assertThat(on(MYSQL_8_0_12, "ALTER TABLE shipping_addresses ADD COLUMN note varchar(20) DEFAULT 'after'"))
                .startsWith("ALGORITHM=INSTANT, LOCK=NONE");
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipping_addresses MODIFY phone varchar(32) NULL DEFAULT 'NOT NULL'"))
                .startsWith("ALGORITHM=INSTANT, LOCK=NONE");
        String members = "'pending','label_created','in_transit','delivered','returned','lost'";
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipments MODIFY status ENUM(" + members + ",'held--x') NOT NULL "
                + "DEFAULT 'pending'")).startsWith("ALGORITHM=INSTANT, LOCK=NONE");
        // commas and parentheses inside literals split no action
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipments MODIFY status ENUM(" + members + ",'held, (at depot)') "
                + "NOT NULL DEFAULT 'pending', ADD COLUMN note varchar(20) DEFAULT 'a, b', ALGORITHM=INSTANT"))
                .isEqualTo("ALGORITHM=INSTANT, LOCK=NONE on shop_shipping.shipments, metadata only, ~0 s");
        StatementLocks reordered = LockModel.statement(MARIADB_10_11, SHIPPING, "ALTER TABLE shipments ADD COLUMN "
                + "note varchar(20) DEFAULT 'a, b', MODIFY status ENUM('label_created','pending','in_transit',"
                + "'delivered','returned','lost','held, (at depot)') NOT NULL DEFAULT 'pending'");
        assertThat(reordered.summary()).startsWith("ALGORITHM=COPY, LOCK=SHARED");
        assertThat(reordered.note()).startsWith("changing column \"status\" from enum(");
        // dropping a foreign key adds none
        assertThat(on(MARIADB_10_11, "ALTER TABLE packages DROP FOREIGN KEY packages_shipment_fk"))
                .startsWith("ALGORITHM=INSTANT, LOCK=NONE");
        assertThat(on(MYSQL_8_0_29, "ALTER TABLE packages DROP FOREIGN KEY packages_shipment_fk"))
                .startsWith("ALGORITHM=INPLACE, LOCK=NONE").contains("metadata only");
        // key parts with a prefix length
        assertThat(on(MARIADB_10_11, "CREATE INDEX sa_city_idx ON shipping_addresses (city(10), postal_code)"))
                .isEqualTo("ALGORITHM=INPLACE, LOCK=NONE on shop_shipping.shipping_addresses, indexes 3 M rows, ~6 s");
    }

    @Test
    void aChangeThatRenamesAndRetypesIsJudgedOnTheColumnItRenames() {
        String rename = "ALTER TABLE shipping_addresses CHANGE phone phone_number varchar(32) NULL";
        assertThat(on(MARIADB_10_11, rename)).startsWith("ALGORITHM=INSTANT, LOCK=NONE");
        assertThat(on(Dialect.mysql(8, 0, 20), rename)).startsWith("ALGORITHM=INPLACE, LOCK=NONE")
                .contains("metadata only");
        StatementLocks retyped = LockModel.statement(MARIADB_10_11, SHIPPING,
                "ALTER TABLE shipping_addresses CHANGE COLUMN phone phone_number varchar(64) NULL");
        assertThat(retyped.summary()).startsWith("ALGORITHM=COPY, LOCK=SHARED").contains("rewrites 3 M rows");
        assertThat(retyped.note()).isEqualTo("changing column \"phone\" from varchar(32) to varchar(64) copies the "
                + "table");
    }

    @Test
    void routinesEventsAndUsersLockNoTable() {
        for (String sql : List.of("CREATE FUNCTION f() RETURNS int DETERMINISTIC RETURN 1", "DROP FUNCTION IF EXISTS f",
                "CREATE PROCEDURE p() SELECT 1", "ALTER PROCEDURE p COMMENT 'x'", "DROP PROCEDURE IF EXISTS p",
                "CREATE EVENT ev ON SCHEDULE EVERY 1 DAY DO DELETE FROM shipments WHERE id < 0",
                "ALTER EVENT ev DISABLE", "DROP EVENT IF EXISTS ev", "CREATE USER 'a'@'%'",
                "ALTER USER 'a'@'%' IDENTIFIED BY 'x'", "RENAME USER 'a'@'%' TO 'b'@'%'", "DROP USER IF EXISTS 'b'@'%'")) {
            assertThat(on(MARIADB_10_11, sql)).as(sql).isEqualTo("no table lock, no table work, ~0 s");
        }
    }

    @Test
    void anAlgorithmOrLockWeakerThanTheChangeNeedsIsRefusedByTheServer() {
        // MariaDB and MySQL refuse the statement rather than copy or block writes: it fails and nothing changes
        StatementLocks asked = LockModel.statement(MARIADB_10_11, SHIPPING,
                "ALTER TABLE shipping_addresses MODIFY phone bigint NULL, ALGORITHM=INPLACE");
        assertThat(asked.effect()).isEqualTo(Effect.REFUSED);
        assertThat(asked.locks()).isEmpty();
        assertThat(asked.note()).isEqualTo("mariadb 10.11.0 refuses ALGORITHM=INPLACE here: the change needs "
                + "ALGORITHM=COPY (changing column \"phone\" from varchar(32) to bigint copies the table)");
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipping_addresses MODIFY phone bigint NULL"))
                .startsWith("ALGORITHM=COPY, LOCK=SHARED");
        StatementLocks noLock = LockModel.statement(MARIADB_10_11, SHIPPING,
                "ALTER TABLE shipping_addresses ADD FULLTEXT INDEX sa_city_ft (city), LOCK=NONE");
        assertThat(noLock.effect()).isEqualTo(Effect.REFUSED);
        assertThat(noLock.note()).startsWith("mariadb 10.11.0 refuses LOCK=NONE here: the change needs LOCK=SHARED");
        // COPY cannot let writes pass
        assertThat(LockModel.statement(MARIADB_10_11, SHIPPING, "ALTER TABLE shipping_addresses ADD COLUMN note "
                + "text NULL, ALGORITHM=COPY, LOCK=NONE").effect()).isEqualTo(Effect.REFUSED);
        // asking for more than needed is honoured
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipping_addresses ADD COLUMN note text NULL, ALGORITHM=INPLACE, "
                + "LOCK=SHARED")).startsWith("ALGORITHM=INPLACE, LOCK=SHARED");
    }

    @Test
    void rebuildsAndFormsTheParserDoesNotReadAreReportedAsSuch() {
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipping_addresses FORCE")).startsWith("ALGORITHM=INPLACE, LOCK=NONE")
                .contains("rewrites 3 M rows");
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipping_addresses ADD FULLTEXT INDEX sa_city_ft (city)"))
                .startsWith("ALGORITHM=INPLACE, LOCK=SHARED");
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipping_addresses ATTACH PARTITION p"))
                .startsWith("not understood");
    }

    @Test
    void renderedAddColumnCarriesItsAlgorithmAndTriggersTakeOnlyTheMetadataLock() {
        assertThat(rendered(MYSQL_8_0_12, new AddColumn("shipping_addresses", ColumnSpec.of("n", "int"))))
                .containsExactly("no table lock, no table work, ~0 s",
                        "ALGORITHM=INSTANT, LOCK=NONE on shop_shipping.shipping_addresses, metadata only, ~0 s");
        assertThat(on(MARIADB_10_11, "CREATE TRIGGER t BEFORE INSERT ON shipping_addresses FOR EACH ROW SET NEW.phone = "
                + "NEW.phone")).isEqualTo("metadata lock on shop_shipping.shipping_addresses, metadata only, ~0 s");
        assertThat(on(MARIADB_10_11, "CALL purge_addresses()")).startsWith("not understood");
    }

    @Test
    void truncateAndDropDatabaseTakeMetadataLocksAndLockTablesHoldsReadOrWrite() {
        assertThat(on(MARIADB_10_11, "TRUNCATE TABLE carriers"))
                .isEqualTo("metadata lock on shop_shipping.carriers, metadata only, ~0 s");
        assertThat(LockModel.statement(MARIADB_10_11, SHIPPING, "DROP DATABASE shop_shipping").locks())
                .hasSize(SHIPPING.schemas().get(0).tables().size())
                .allMatch(l -> l.mode().equals("metadata lock"));
        StatementLocks locked = LockModel.statement(MARIADB_10_11, SHIPPING,
                "LOCK TABLES carriers READ LOCAL, shipments AS s WRITE");
        assertThat(locked.summary()).isEqualTo("LOCK TABLES READ on shop_shipping.carriers, LOCK TABLES WRITE on "
                + "shop_shipping.shipments, no table work, ~0 s");
        assertThat(locked.locks().get(0).blocksWrites()).isTrue();
        assertThat(locked.locks().get(0).blocksReads()).isFalse();
        assertThat(locked.locks().get(1).blocksReads()).isTrue();
    }
    @Test
    void fulltextAndSpatialIndexesBlockWritesAndTheFirstFulltextRebuilds() {
        String fulltext = "ALTER TABLE shipping_addresses ADD FULLTEXT INDEX sa_city_ft (city)";
        for (Dialect dialect : List.of(MYSQL_8_0_29, MARIADB_10_11)) {
            assertThat(on(dialect, fulltext)).isEqualTo("ALGORITHM=INPLACE, LOCK=SHARED on "
                    + "shop_shipping.shipping_addresses, rewrites 3 M rows, ~21 s");
            assertThat(on(dialect, "CREATE FULLTEXT INDEX sa_city_ft ON shipping_addresses (city)"))
                    .isEqualTo(on(dialect, fulltext));
            assertThat(on(dialect, "CREATE SPATIAL INDEX sa_city_sp ON shipping_addresses (city)"))
                    .startsWith("ALGORITHM=INPLACE, LOCK=SHARED").contains("indexes 3 M rows");
        }
        assertThat(LockModel.statement(MARIADB_10_11, SHIPPING, fulltext).blocksWrites()).isTrue();
    }

    @Test
    void partitionsDroppedOrEmptiedLetWritesPassOnMysqlAndTakeNoAlgorithmOnMariaDb() {
        for (String sql : List.of("ALTER TABLE shipping_addresses DROP PARTITION p0, p1",
                "ALTER TABLE shipping_addresses TRUNCATE PARTITION ALL",
                "ALTER TABLE shipping_addresses ADD PARTITION (PARTITION p9 VALUES LESS THAN (100))")) {
            assertThat(on(MYSQL_8_0_29, sql)).as(sql).isEqualTo("ALGORITHM=INPLACE, LOCK=NONE on "
                    + "shop_shipping.shipping_addresses, metadata only, ~0 s");
            // MariaDB refuses ALGORITHM/LOCK for these: a moment of the exclusive metadata lock
            assertThat(on(MARIADB_10_11, sql)).as(sql).isEqualTo("metadata lock on shop_shipping.shipping_addresses, "
                    + "metadata only, ~0 s");
        }
    }

    @Test
    void movingRowsBetweenPartitionsBlocksWritesAndRepartitioningCopies() {
        for (String sql : List.of("ALTER TABLE shipping_addresses COALESCE PARTITION 2",
                "ALTER TABLE shipping_addresses ADD PARTITION PARTITIONS 2",
                "ALTER TABLE shipping_addresses REORGANIZE PARTITION p0 INTO (PARTITION a VALUES LESS THAN (5), "
                        + "PARTITION b VALUES LESS THAN (10))")) {
            assertThat(on(MYSQL_8_0_29, sql)).as(sql).startsWith("ALGORITHM=INPLACE, LOCK=SHARED")
                    .contains("rewrites 3 M rows");
            assertThat(on(MARIADB_10_11, sql)).as(sql).startsWith("ALGORITHM=COPY, LOCK=SHARED");
        }
        for (String sql : List.of("ALTER TABLE shipping_addresses PARTITION BY HASH (id) PARTITIONS 4",
                "ALTER TABLE shipping_addresses REMOVE PARTITIONING")) {
            assertThat(on(MYSQL_8_0_29, sql)).as(sql).startsWith("ALGORITHM=COPY, LOCK=SHARED");
            assertThat(on(MARIADB_10_11, sql)).as(sql).startsWith("ALGORITHM=COPY, LOCK=SHARED");
        }
    }

    @Test
    void rowFormatKeyBlockSizeAndOptimizeRebuildInPlaceWhileOtherOptionsAreMetadata() {
        for (Dialect dialect : List.of(MYSQL_8_0_29, MARIADB_10_11)) {
            for (String sql : List.of("ALTER TABLE shipping_addresses ROW_FORMAT=COMPRESSED",
                    "ALTER TABLE shipping_addresses KEY_BLOCK_SIZE=8", "OPTIMIZE TABLE shipping_addresses")) {
                assertThat(on(dialect, sql)).as(sql).isEqualTo("ALGORITHM=INPLACE, LOCK=NONE on "
                        + "shop_shipping.shipping_addresses, rewrites 3 M rows, ~21 s");
            }
            for (String sql : List.of("ALTER TABLE shipping_addresses COMMENT='x'",
                    "ALTER TABLE shipping_addresses STATS_PERSISTENT=1")) {
                assertThat(on(dialect, sql)).as(sql).isEqualTo("ALGORITHM=INPLACE, LOCK=NONE on "
                        + "shop_shipping.shipping_addresses, metadata only, ~0 s");
            }
            assertThat(on(dialect, "ANALYZE TABLE shipping_addresses"))
                    .isEqualTo("metadata lock on shop_shipping.shipping_addresses, metadata only, ~0 s");
        }
    }

    @Test
    void exchangingAPartitionHoldsWritesOnBothTablesWhileItValidatesAndOnlyAMomentWithout() {
        String exchange = "ALTER TABLE shipments EXCHANGE PARTITION p0 WITH TABLE shipping_addresses";
        for (Dialect dialect : List.of(MYSQL_8_0_29, MARIADB_10_11)) {
            StatementLocks validated = LockModel.statement(dialect, SHIPPING, exchange);
            assertThat(validated.summary()).isEqualTo("metadata lock, writes wait on shop_shipping.shipments, "
                    + "metadata lock, writes wait on shop_shipping.shipping_addresses, scans 3 M rows, ~4 s");
            assertThat(validated.blocksWrites()).isTrue();
            assertThat(validated.locks()).noneMatch(TableLock::blocksReads);
        }
        StatementLocks swapped = LockModel.statement(MYSQL_8_0_29, SHIPPING, exchange + " WITHOUT VALIDATION");
        assertThat(swapped.summary()).isEqualTo("metadata lock on shop_shipping.shipments, metadata lock on "
                + "shop_shipping.shipping_addresses, metadata only, ~0 s");
    }

    @Test
    void discardingATablespaceIsAMomentAndImportingHoldsReadsAndWrites() {
        for (Dialect dialect : List.of(MYSQL_8_0_29, MARIADB_10_11)) {
            assertThat(on(dialect, "ALTER TABLE shipping_addresses DISCARD TABLESPACE"))
                    .isEqualTo("metadata lock on shop_shipping.shipping_addresses, metadata only, ~0 s");
            assertThat(on(dialect, "ALTER TABLE shipping_addresses DISCARD PARTITION p0 TABLESPACE"))
                    .isEqualTo("metadata lock on shop_shipping.shipping_addresses, metadata only, ~0 s");
            StatementLocks imported = LockModel.statement(dialect, SHIPPING,
                    "ALTER TABLE shipping_addresses IMPORT TABLESPACE");
            assertThat(imported.summary()).startsWith("metadata lock, reads and writes wait on "
                    + "shop_shipping.shipping_addresses, scans 3 M rows");
            assertThat(imported.locks().get(0).blocksReads()).isTrue();
        }
    }

    @Test
    void partitionMaintenanceRebuildsWithWritesWaitingOrOnlyReads() {
        String rebuild = "ALTER TABLE shipping_addresses REBUILD PARTITION p0, p1";
        assertThat(on(MYSQL_8_0_29, rebuild)).startsWith("ALGORITHM=INPLACE, LOCK=SHARED")
                .contains("rewrites 3 M rows");
        assertThat(on(MARIADB_10_11, rebuild)).startsWith("ALGORITHM=COPY, LOCK=SHARED").contains("rewrites 3 M rows");
        String optimize = "ALTER TABLE shipping_addresses OPTIMIZE PARTITION p0";
        // MariaDB 10.11 rebuilds the whole table in place, as OPTIMIZE TABLE (observed); MySQL 8.0's manual: no
        // concurrent writes
        assertThat(on(MARIADB_10_11, optimize)).isEqualTo(on(MARIADB_10_11, "OPTIMIZE TABLE shipping_addresses"));
        assertThat(on(MYSQL_8_0_29, optimize)).startsWith("ALGORITHM=COPY, LOCK=SHARED").contains("rewrites 3 M rows");
        for (String inspect : List.of("CHECK", "REPAIR")) {
            String sql = "ALTER TABLE shipping_addresses " + inspect + " PARTITION ALL";
            assertThat(on(MYSQL_8_0_29, sql)).as(sql).startsWith("ALGORITHM=INPLACE, LOCK=NONE")
                    .contains("scans 3 M rows");
            assertThat(on(MARIADB_10_11, sql)).as(sql).startsWith("metadata lock on shop_shipping.shipping_addresses, "
                    + "scans 3 M rows");
        }
        assertThat(on(MYSQL_8_0_29, "ALTER TABLE shipping_addresses ANALYZE PARTITION p0")).isEqualTo("ALGORITHM="
                + "INPLACE, LOCK=NONE on shop_shipping.shipping_addresses, metadata only, ~0 s");
        assertThat(on(MARIADB_10_11, "ALTER TABLE shipping_addresses ANALYZE PARTITION p0"))
                .isEqualTo("metadata lock on shop_shipping.shipping_addresses, metadata only, ~0 s");
    }

    @Test
    void optimizingSeveralTablesRebuildsEachAndCheckingOrRepairingOneOnlyReadsIt() {
        StatementLocks both = LockModel.statement(MARIADB_10_11, SHIPPING,
                "OPTIMIZE TABLE shipping_addresses, shipments");
        assertThat(both.summary()).isEqualTo("ALGORITHM=INPLACE, LOCK=NONE on shop_shipping.shipping_addresses, "
                + "ALGORITHM=INPLACE, LOCK=NONE on shop_shipping.shipments, rewrites 3 M rows, ~21 s");
        assertThat(both.note()).contains("each table named is rebuilt in turn");
        for (String sql : List.of("CHECK TABLE shipping_addresses", "CHECKSUM TABLE shipping_addresses")) {
            assertThat(on(MARIADB_10_11, sql)).as(sql)
                    .isEqualTo("metadata lock on shop_shipping.shipping_addresses, metadata only, ~0 s");
        }
        // observed on MariaDB 10.11: a plain InnoDB table is not repaired, a partitioned one is read with both waiting
        StatementLocks repair = LockModel.statement(MARIADB_10_11, SHIPPING, "REPAIR TABLE shipping_addresses");
        assertThat(repair.summary()).startsWith("metadata lock, reads and writes wait on "
                + "shop_shipping.shipping_addresses, scans 3 M rows");
    }

    @Test
    void eventsUsersXaAndViewsLockNoTableOrOnlyTheView() {
        for (String sql : List.of("CREATE EVENT purge ON SCHEDULE EVERY 1 DAY DO DELETE FROM shipments",
                "ALTER EVENT purge DISABLE", "DROP EVENT IF EXISTS purge", "RENAME USER 'a'@'%' TO 'b'@'%'",
                "XA START 'x'", "XA END 'x'", "XA PREPARE 'x'", "XA COMMIT 'x'")) {
            assertThat(on(MARIADB_10_11, sql)).as(sql).isEqualTo("no table lock, no table work, ~0 s");
        }
        assertThat(on(MARIADB_10_11, "ALTER VIEW open_shipments AS SELECT id FROM shipments"))
                .isEqualTo(on(MARIADB_10_11, "CREATE OR REPLACE VIEW open_shipments AS SELECT id FROM shipments"));
    }
}
