package dev.phaseshift.ddl;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.IndexKey;
import dev.phaseshift.schema.Partition;
import dev.phaseshift.schema.Routine;
import dev.phaseshift.schema.RoutineKind;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.ServerProduct;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TableKind;
import dev.phaseshift.schema.Trigger;
import dev.phaseshift.schema.TriggerEvent;
import dev.phaseshift.schema.TriggerTiming;
import dev.phaseshift.schema.View;
import dev.phaseshift.schema.ViewSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MySQL/MariaDB statements for routines, partitions, index types, view attributes and trigger sql_modes,
 * as text. Includes the shapes only MySQL 8 produces (schema-qualified function calls in view bodies, no view
 * algorithm), which the local MariaDB cannot: {@link DdlFidelityTest} runs the MariaDB ones on a server.
 */
class MySqlDdlRendererTest {
    private static final SchemaMapping COPY = SchemaMapping.of("shop", "shop_copy");

    private static final Table PRICES = Table.builder("prices")
            .columns(List.of(Column.builder("id", "int").notNull().build(), Column.of("net", "decimal(10,2)"),
                    Column.of("label", "varchar(40)")))
            .triggers(List.of(Trigger.builder("prices_label", TriggerTiming.BEFORE, List.of(TriggerEvent.INSERT))
                    .body("SET NEW.label = NEW.label || '-x'").sqlMode("PIPES_AS_CONCAT")
                    .definer("deploy@%").build()))
            .build();

    private static Routine function(String name, String body) {
        return new Routine(name, RoutineKind.FUNCTION, "`net` decimal(10,2)", "decimal(10,2)", "SQL", null,
                "it's net", body, true, "NO SQL", "DEFINER", "NO_BACKSLASH_ESCAPES", "deploy@%");
    }

    private static Snapshot snapshot(ServerProduct product, List<Table> tables, List<View> views,
                                     List<Routine> routines) {
        Schema shop = new Schema("shop", null, null, null, tables, views, List.of(), List.of(), routines);
        return new Snapshot("shop", Engine.MYSQL, product, null, null, null, List.of(), List.of(shop));
    }

    private static List<String> render(Snapshot snapshot) {
        return DdlRenderer.forSnapshot(snapshot).statements(snapshot, COPY);
    }

    @Test
    void createsFunctionsBeforeTheViewsThatCallThemAndViewsAfterTheViewsTheyRead() {
        // MySQL 8 qualifies calls in view bodies (`shop`.`zz_gross`(...)), MariaDB does not (`zz_gross`(...))
        View mysql8 = View.builder("a_gross").definition("select `shop`.`zz_gross`(`shop`.`prices`.`net`) AS `g` "
                + "from `shop`.`prices`").sources(List.of(ViewSource.of("shop", "prices", List.of("net"))))
                .security("DEFINER").build();
        View mariaDb = View.builder("b_gross").definition("select `zz_Gross`(`shop`.`prices`.`net`) AS `g` "
                + "from `shop`.`prices`").sources(List.of(ViewSource.of("shop", "prices", List.of("net")))).build();
        View onTop = View.builder("a_a_on_top").definition("select `g` from `shop`.`b_gross`")
                .sources(List.of(ViewSource.of("shop", "b_gross", List.of("g")))).build();
        Routine caller = function("a_caller", "RETURN zz_gross(net)");
        Routine gross = function("zz_gross", "RETURN net * 1.19");
        List<String> ddl = render(snapshot(ServerProduct.MYSQL, List.of(PRICES), List.of(mysql8, mariaDb, onTop),
                List.of(caller, gross)));

        int function = indexOf(ddl, "CREATE FUNCTION `shop_copy`.`zz_gross`");
        assertThat(function).isLessThan(indexOf(ddl, "CREATE FUNCTION `shop_copy`.`a_caller`"))
                .isLessThan(indexOf(ddl, "CREATE SQL SECURITY DEFINER VIEW `shop_copy`.`a_gross`"))
                .isLessThan(indexOf(ddl, "CREATE VIEW `shop_copy`.`b_gross`"));
        assertThat(indexOf(ddl, "CREATE VIEW `shop_copy`.`b_gross`"))
                .isLessThan(indexOf(ddl, "CREATE VIEW `shop_copy`.`a_a_on_top`"));
        assertThat(indexOf(ddl, "CREATE TABLE `shop_copy`.`prices`")).isLessThan(function);
    }

    @Test
    void rendersRoutinesWithTheirCharacteristicsUnderTheirOwnSqlModeWithoutTheDefiner() {
        Routine procedure = new Routine("count prices", RoutineKind.PROCEDURE, "IN `min` int, OUT `n` int", null,
                "SQL", null, null, "BEGIN\n  SELECT COUNT(*) INTO n FROM prices WHERE net >= min;\nEND", false,
                "READS SQL DATA", "INVOKER", "STRICT_TRANS_TABLES", "deploy@%");
        List<String> ddl = render(snapshot(ServerProduct.MARIADB, List.of(PRICES), List.of(),
                List.of(function("gross", "RETURN net * 1.19"), procedure)));

        assertThat(ddl).containsSubsequence(
                "SET @phaseshift_saved_sql_mode = @@SESSION.sql_mode",
                "SET SESSION sql_mode = 'STRICT_TRANS_TABLES'",
                "CREATE PROCEDURE `shop_copy`.`count prices`(IN `min` int, OUT `n` int)\n    LANGUAGE SQL\n"
                        + "    NOT DETERMINISTIC\n    READS SQL DATA\n    SQL SECURITY INVOKER\n"
                        + "BEGIN\n  SELECT COUNT(*) INTO n FROM prices WHERE net >= min;\nEND",
                "SET SESSION sql_mode = 'NO_BACKSLASH_ESCAPES'",
                "CREATE FUNCTION `shop_copy`.`gross`(`net` decimal(10,2)) RETURNS decimal(10,2)\n    LANGUAGE SQL\n"
                        + "    DETERMINISTIC\n    NO SQL\n    SQL SECURITY DEFINER\n    COMMENT 'it''s net'\n"
                        + "RETURN net * 1.19",
                "SET SESSION sql_mode = 'PIPES_AS_CONCAT'",
                "CREATE TRIGGER `prices_label` BEFORE INSERT ON `prices` FOR EACH ROW\n"
                        + "SET NEW.label = NEW.label || '-x'",
                "SET SESSION sql_mode = @phaseshift_saved_sql_mode");
        assertThat(String.join("\n", ddl)).doesNotContain("DEFINER =").doesNotContain("deploy@");
        assertThat(ddl.get(ddl.size() - 1)).isEqualTo("SET SESSION sql_mode = @phaseshift_saved_sql_mode");
    }

    @Test
    void rendersTriggersAndRoutinesAsTheServerKeepsThemWithoutTheDefinerAndInTheTargetDatabase() {
        Trigger written = PRICES.triggers().get(0).toBuilder().statement("CREATE DEFINER=`deploy`@`%` TRIGGER "
                + "prices_label BEFORE INSERT ON prices FOR EACH ROW\n    SET NEW.label = (SELECT code FROM "
                + "shop.codes WHERE `shop`.codes.id = NEW.id AND note = 'shop.codes')").build();
        Routine function = function("gross", "RETURN net * 1.19").withStatement("CREATE DEFINER='deploy'@'%' "
                + "FUNCTION `gross`(net DECIMAL(10,2)) RETURNS decimal(10,2)\n    NO SQL\n    DETERMINISTIC\n"
                + "RETURN net * 1.19");
        Routine procedure = function("touch", "BEGIN END").withStatement("CREATE DEFINER=CURRENT_USER PROCEDURE "
                + "touch(IN n INT) BEGIN END");
        Table table = PRICES.toBuilder().triggers(List.of(written)).build();
        List<String> ddl = render(snapshot(ServerProduct.MARIADB, List.of(table), List.of(),
                List.of(function, procedure)));

        assertThat(ddl).containsSubsequence("USE `shop_copy`",
                "CREATE FUNCTION `gross`(net DECIMAL(10,2)) RETURNS decimal(10,2)\n    NO SQL\n    DETERMINISTIC\n"
                        + "RETURN net * 1.19",
                "CREATE PROCEDURE touch(IN n INT) BEGIN END",
                "CREATE TRIGGER prices_label BEFORE INSERT ON prices FOR EACH ROW\n    SET NEW.label = (SELECT "
                        + "code FROM shop_copy.codes WHERE `shop_copy`.codes.id = NEW.id AND note = 'shop.codes')");
    }

    @Test
    void leavesOutRoutinesWhoseBodyWasHiddenAndMarksMariaDbAggregates() {
        Routine hidden = new Routine("hidden", RoutineKind.FUNCTION, "", "int", "SQL", null, null, null, false,
                "CONTAINS SQL", "DEFINER", null, "deploy@%");
        Routine aggregate = function("total", "BEGIN\n  LOOP\n    fetch group next row;\n  END LOOP;\nEND");
        List<String> ddl = render(snapshot(ServerProduct.MARIADB, List.of(), List.of(), List.of(hidden, aggregate)));
        assertThat(ddl).noneMatch(s -> s.contains("`hidden`"));
        assertThat(ddl).anyMatch(s -> s.startsWith("CREATE AGGREGATE FUNCTION `shop_copy`.`total`("));
    }

    @Test
    void leavesTheSqlModeAloneWhenNothingRecordsOne() {
        Table plain = PRICES.toBuilder().triggers(List.of(PRICES.triggers().get(0).toBuilder().sqlMode(null)
                .build())).build();
        List<String> ddl = render(snapshot(ServerProduct.MARIADB, List.of(plain), List.of(), List.of()));
        assertThat(ddl).noneMatch(s -> s.contains("sql_mode"));
    }

    @Test
    void rendersViewSecurityAndAlgorithmButNotTheDefiner() {
        View invoker = View.builder("teuer").definition("select 1 AS `x`").security("INVOKER").algorithm("MERGE")
                .definer("deploy@%").checkOption("LOCAL").build();
        List<String> ddl = render(snapshot(ServerProduct.MARIADB, List.of(), List.of(invoker), List.of()));
        assertThat(ddl).contains("CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW `shop_copy`.`teuer` AS "
                + "select 1 AS `x` WITH LOCAL CHECK OPTION");
    }

    @Test
    void rendersEveryPartitionWithItsBoundAndComment() {
        Table measured = partitioned("Messwerte", "RANGE COLUMNS(`gemessen am`,`region`)", List.of(
                Partition.of("p2024", "VALUES LESS THAN ('2025-01-01',MAXVALUE)", "Januar"),
                Partition.of("Übrige", "VALUES LESS THAN (MAXVALUE,MAXVALUE)", null)));
        Table stores = partitioned("stores", "LIST (`store_id`)", List.of(
                Partition.of("north", "VALUES IN (1,2,3)", null), Partition.of("rest", "DEFAULT", null)));
        List<String> ddl = render(snapshot(ServerProduct.MARIADB, List.of(measured, stores), List.of(), List.of()));

        assertThat(ddl.get(indexOf(ddl, "CREATE TABLE `shop_copy`.`Messwerte`"))).endsWith(
                "\nPARTITION BY RANGE COLUMNS(`gemessen am`,`region`) (\n"
                        + "    PARTITION `p2024` VALUES LESS THAN ('2025-01-01',MAXVALUE) COMMENT = 'Januar',\n"
                        + "    PARTITION `Übrige` VALUES LESS THAN (MAXVALUE,MAXVALUE)\n)");
        assertThat(ddl.get(indexOf(ddl, "CREATE TABLE `shop_copy`.`stores`"))).endsWith(
                "\nPARTITION BY LIST (`store_id`) (\n    PARTITION `north` VALUES IN (1,2,3),\n"
                        + "    PARTITION `rest` DEFAULT\n)");
    }

    @Test
    void countsPartitionsAndSubpartitionsWhoseNamesTheServerGenerated() {
        Table hashed = partitioned("hashed", "LINEAR HASH (`id`)", List.of(Partition.of("p0", null, null),
                Partition.of("p1", null, null), Partition.of("p2", null, null)));
        Table named = partitioned("named", "HASH (`id`)", List.of(Partition.of("p0", null, null),
                Partition.of("second", null, null)));
        Table sub = partitioned("sub", "RANGE (year(`d`)) SUBPARTITION BY HASH (to_days(`d`))", List.of(
                new Partition("p0", "VALUES LESS THAN (2020)", null,
                        List.of(Partition.of("p0sp0", null, null), Partition.of("p0sp1", null, null))),
                new Partition("p1", "VALUES LESS THAN MAXVALUE", null,
                        List.of(Partition.of("p1sp0", null, null), Partition.of("p1sp1", null, null)))));
        Table subNamed = partitioned("sub_named", "RANGE (year(`d`)) SUBPARTITION BY KEY (`id`)", List.of(
                new Partition("old", "VALUES LESS THAN (2020)", null,
                        List.of(Partition.of("old_a", null, "erste"), Partition.of("old_b", null, null)))));
        List<String> ddl = render(snapshot(ServerProduct.MYSQL, List.of(hashed, named, sub, subNamed), List.of(),
                List.of()));

        assertThat(ddl.get(indexOf(ddl, "CREATE TABLE `shop_copy`.`hashed`")))
                .endsWith("\nPARTITION BY LINEAR HASH (`id`) PARTITIONS 3");
        assertThat(ddl.get(indexOf(ddl, "CREATE TABLE `shop_copy`.`named`")))
                .endsWith("\nPARTITION BY HASH (`id`) (\n    PARTITION `p0`,\n    PARTITION `second`\n)");
        assertThat(ddl.get(indexOf(ddl, "CREATE TABLE `shop_copy`.`sub`"))).endsWith(
                "\nPARTITION BY RANGE (year(`d`)) SUBPARTITION BY HASH (to_days(`d`)) SUBPARTITIONS 2 (\n"
                        + "    PARTITION `p0` VALUES LESS THAN (2020),\n"
                        + "    PARTITION `p1` VALUES LESS THAN MAXVALUE\n)");
        assertThat(ddl.get(indexOf(ddl, "CREATE TABLE `shop_copy`.`sub_named`"))).endsWith(
                "\nPARTITION BY RANGE (year(`d`)) SUBPARTITION BY KEY (`id`) (\n"
                        + "    PARTITION `old` VALUES LESS THAN (2020) (SUBPARTITION `old_a` COMMENT = 'erste', "
                        + "SUBPARTITION `old_b`)\n)");
    }

    @Test
    void keepsIndexTypesThatAreNotTheEnginesDefaultAndNeverPrefixesSpatialKeys() {
        Table memory = Table.builder("sessions").storageEngine("MEMORY")
                .columns(List.of(Column.builder("id", "int").notNull().build(), Column.of("user", "varchar(40)"),
                        Column.of("token", "char(32)")))
                .indexes(List.of(
                        Index.builder("PRIMARY").columns(List.of("id")).primary(true).unique(true).build(),
                        Index.builder("by_user").columns(List.of("user")).method("btree").build(),
                        Index.builder("by_token").columns(List.of("token")).method("hash").build()))
                .constraints(List.of(dev.phaseshift.schema.Constraint.primaryKey("PRIMARY", List.of("id"))))
                .build();
        Table places = Table.builder("places").storageEngine("InnoDB")
                .columns(List.of(Column.builder("spot", "point").notNull().build(), Column.of("name", "text")))
                .indexes(List.of(
                        // as MariaDB reports it: an internal length of 32 on the spatial key
                        Index.builder("spot_idx").keyParts(List.of(IndexKey.column("spot").withLength(32)))
                                .method("spatial").build(),
                        Index.builder("name_ft").columns(List.of("name")).method("fulltext").build(),
                        Index.builder("name_hash").columns(List.of("name")).method("hash").build()))
                .build();
        List<String> ddl = render(snapshot(ServerProduct.MARIADB, List.of(memory, places), List.of(), List.of()));

        assertThat(ddl.get(indexOf(ddl, "CREATE TABLE `shop_copy`.`sessions`")))
                .contains("PRIMARY KEY (`id`) USING BTREE", "KEY `by_user` (`user`) USING BTREE",
                        "KEY `by_token` (`token`),").doesNotContain("USING HASH");
        assertThat(ddl.get(indexOf(ddl, "CREATE TABLE `shop_copy`.`places`")))
                .contains("SPATIAL KEY `spot_idx` (`spot`)", "FULLTEXT KEY `name_ft` (`name`)",
                        "KEY `name_hash` (`name`) USING HASH")
                .doesNotContain("(32)").doesNotContain("USING BTREE");
    }

    private static Table partitioned(String name, String key, List<Partition> partitions) {
        return Table.builder(name).kind(TableKind.PARTITIONED).partitionKey(key)
                .columns(List.of(Column.builder("id", "int").notNull().build())).partitions(partitions).build();
    }

    private static int indexOf(List<String> statements, String prefix) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no statement starts with " + prefix + " in\n" + String.join(";\n", statements));
    }
}
