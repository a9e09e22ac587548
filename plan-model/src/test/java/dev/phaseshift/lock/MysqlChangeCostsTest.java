package dev.phaseshift.lock;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.lint.parse.SqlStatementParser;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Why MySQL copies a table, judged on the statement's actions as the parser read them, on the demo shipping service. */
class MysqlChangeCostsTest {
    private static final Snapshot SHIPPING = DemoEstate.load().snapshot("shipping").orElseThrow();
    private static final Table ADDRESSES = SchemaEdit.table(SHIPPING, "shipping_addresses").orElseThrow().table();

    private static String copies(String sql) {
        return MysqlChangeCosts.copyReason(Dialect.mysql(8, 0, 36), SqlStatementParser.forEngine(Engine.MYSQL)
                .parse(sql, 1), ADDRESSES, List.of());
    }

    @Test
    void aForeignKeyIsAddedInPlaceOnlyWhileTheSessionTurnsForeignKeyChecksOff() {
        String fk = "ALTER TABLE shipping_addresses ADD CONSTRAINT sa_fk FOREIGN KEY (customer_id) REFERENCES c (id)";
        var parser = SqlStatementParser.forEngine(Engine.MYSQL);
        for (String off : List.of("SET foreign_key_checks = 0", "SET SESSION FOREIGN_KEY_CHECKS = OFF",
                "SET @@session.foreign_key_checks = 0", "SET @OLD=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0")) {
            assertThat(MysqlChangeCosts.copyReason(Dialect.mysql(8, 0, 36), parser.parse(fk, 1), ADDRESSES,
                    List.of(parser.parse(off, 1)))).as(off).isNull();
        }
        for (String on : List.of("SET foreign_key_checks = 1", "SET GLOBAL foreign_key_checks = 0",
                "SET foreign_key_checks = 0, foreign_key_checks = 1", "SET FOREIGN_KEY_CHECKS = @OLD")) {
            assertThat(MysqlChangeCosts.copyReason(Dialect.mysql(8, 0, 36), parser.parse(fk, 1), ADDRESSES,
                    List.of(parser.parse(on, 1)))).as(on).isEqualTo("adding a foreign key with foreign_key_checks on");
        }
    }

    @Test
    void constraintsAndKeysThatCopy() {
        assertThat(copies("ALTER TABLE shipping_addresses ADD CONSTRAINT sa_fk FOREIGN KEY (customer_id) "
                + "REFERENCES customers (id)")).isEqualTo("adding a foreign key with foreign_key_checks on");
        assertThat(copies("ALTER TABLE shipping_addresses ADD CONSTRAINT sa_ck CHECK (customer_id > 0)"))
                .isEqualTo("adding a check constraint");
        assertThat(copies("ALTER TABLE shipping_addresses DROP PRIMARY KEY"))
                .isEqualTo("dropping the primary key without adding one in the same statement");
        assertThat(copies("ALTER TABLE shipping_addresses CONVERT TO CHARACTER SET utf8mb4"))
                .isEqualTo("converting the table's character set");
        assertThat(copies("ALTER TABLE shipping_addresses ADD COLUMN note int, ALGORITHM=COPY"))
                .isEqualTo("ALGORITHM=COPY");
    }

    @Test
    void actionsThatOnlyMentionACopyingFormDoNotCopy() {
        assertThat(copies("ALTER TABLE shipping_addresses DROP FOREIGN KEY sa_fk")).isNull();
        // MySQL ignores a REFERENCES clause on a column it adds
        assertThat(copies("ALTER TABLE shipping_addresses ADD COLUMN carrier_id bigint REFERENCES carriers (id)"))
                .isNull();
        assertThat(copies("ALTER TABLE shipping_addresses DROP PRIMARY KEY, ADD PRIMARY KEY (id, customer_id)"))
                .isNull();
        assertThat(copies("ALTER TABLE shipping_addresses ADD COLUMN note varchar(40) COMMENT 'no CHECK, "
                + "no FOREIGN KEY'")).isNull();
    }

    @Test
    void restatedColumnsAreComparedWithTheColumnTheyRestate() {
        assertThat(copies("ALTER TABLE shipping_addresses CHANGE phone phone_number varchar(48) NULL")).isNull();
        assertThat(copies("ALTER TABLE shipping_addresses CHANGE phone phone_number varchar(64) NULL"))
                .isEqualTo("changing column \"phone\" from varchar(32) to varchar(64)");
        assertThat(copies("ALTER TABLE shipping_addresses MODIFY line2 varchar(300) NULL, MODIFY phone bigint NULL"))
                .isEqualTo("changing column \"phone\" from varchar(32) to bigint");
    }
    @Test
    void repartitioningAndMovingRowsBetweenPartitionsCopy() {
        assertThat(copies("ALTER TABLE shipping_addresses REMOVE PARTITIONING"))
                .isEqualTo("changing how the table is partitioned");
        assertThat(copies("ALTER TABLE shipping_addresses PARTITION BY KEY (id) PARTITIONS 8"))
                .isEqualTo("changing how the table is partitioned");
        String reorganize = "ALTER TABLE shipping_addresses REORGANIZE PARTITION p0 INTO (PARTITION a VALUES LESS "
                + "THAN (5), PARTITION b VALUES LESS THAN (10))";
        assertThat(copies(reorganize)).isEqualTo("moving rows between partitions");
        assertThat(MysqlChangeCosts.copyAlgorithm(Dialect.mysql(8, 0, 36), copies(reorganize)))
                .as("in place on mysql 8.0, writes waiting all the same").isEqualTo(MysqlAlgorithm.INPLACE);
        assertThat(MysqlChangeCosts.copyAlgorithm(Dialect.mariadb(10, 11, 6), copies(reorganize)))
                .isEqualTo(MysqlAlgorithm.COPY);
        assertThat(MysqlChangeCosts.copyAlgorithm(Dialect.mysql(8, 0, 36),
                copies("ALTER TABLE shipping_addresses REMOVE PARTITIONING"))).isEqualTo(MysqlAlgorithm.COPY);
        assertThat(copies("ALTER TABLE shipping_addresses DROP PARTITION p0")).isNull();
    }

    @Test
    void partitionRebuildsExchangesAndSeveralTableOptimizesAreNoCopyOfTheTable() {
        // REBUILD and OPTIMIZE PARTITION rebuild (PS119), EXCHANGE swaps files: none is a copy PS108 reports
        for (String sql : List.of("ALTER TABLE shipping_addresses REBUILD PARTITION p0",
                "ALTER TABLE shipping_addresses OPTIMIZE PARTITION ALL",
                "ALTER TABLE shipping_addresses EXCHANGE PARTITION p0 WITH TABLE addresses_2019",
                "ALTER TABLE shipping_addresses DISCARD TABLESPACE")) {
            assertThat(copies(sql)).as(sql).isNull();
        }
        var parser = SqlStatementParser.forEngine(Engine.MYSQL);
        var optimize = MysqlChangeCosts.actionsOf(parser.parse("OPTIMIZE TABLE shipping_addresses, shipments", 1));
        assertThat(optimize).extracting(a -> a.table()).containsExactly("shipping_addresses", "shipments");
        assertThat(optimize).allMatch(MysqlChangeCosts::rebuildsOnly);
    }

    @Test
    void fulltextAndSpatialIndexesAreTheOnesBuiltWithWritesBlocked() {
        assertThat(blockingIndex("ALTER TABLE shipping_addresses ADD FULLTEXT INDEX ft (city)")).isEqualTo("FULLTEXT");
        assertThat(blockingIndex("CREATE FULLTEXT INDEX ft ON shipping_addresses (city)")).isEqualTo("FULLTEXT");
        assertThat(blockingIndex("CREATE SPATIAL INDEX sp ON shipping_addresses (city)")).isEqualTo("SPATIAL");
        assertThat(blockingIndex("ALTER TABLE shipping_addresses ADD INDEX city_idx (city)")).isNull();
        assertThat(MysqlChangeCosts.fulltextRebuilds(ADDRESSES)).as("no FTS_DOC_ID, no FULLTEXT index yet").isTrue();
    }

    private static String blockingIndex(String sql) {
        return MysqlChangeCosts.actionsOf(SqlStatementParser.forEngine(Engine.MYSQL).parse(sql, 1)).stream()
                .map(MysqlChangeCosts::writeBlockingIndex).filter(k -> k != null).findFirst().orElse(null);
    }
}
