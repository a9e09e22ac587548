package dev.phaseshift.introspect;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.GenerationStorage;
import dev.phaseshift.schema.IdentityKind;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.IndexKey;
import dev.phaseshift.schema.Privilege;
import dev.phaseshift.schema.PrivilegeTarget;
import dev.phaseshift.schema.Partition;
import dev.phaseshift.schema.Routine;
import dev.phaseshift.schema.RoutineKind;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Sequence;
import dev.phaseshift.schema.ServerProduct;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TableKind;
import dev.phaseshift.schema.Trigger;
import dev.phaseshift.schema.TriggerEvent;
import dev.phaseshift.schema.TriggerTiming;
import dev.phaseshift.schema.View;
import dev.phaseshift.schema.ViewSource;
import dev.phaseshift.snapshot.SnapshotFile;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The rich MySQL/MariaDB fixture ({@code introspect/mysql/rich.sql} plus the product's own extras) read object
 * by object. Expectations that differ between MySQL and MariaDB say so; the read-only tests share one database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MySqlIntrospectorTest {
    private static final String SERVICE = "inventory";

    private TestDatabase db;
    private String schema;
    private boolean mariadb;
    private Snapshot snapshot;
    private TestDatabase objectsDb;
    private Snapshot objects;

    @BeforeAll
    void loadFixture() throws Exception {
        db = TestServers.mysql().createDatabase("introspect_my");
        schema = db.name();
        mariadb = TestServers.mysql().serverVersion().toLowerCase().contains("mariadb");
        try (Connection c = db.connect()) {
            Fixtures.load(c, "mysql/rich.sql");
            Fixtures.load(c, mariadb ? "mysql/mariadb-only.sql" : "mysql/mysql8-only.sql");
        }
        snapshot = introspect(IntrospectionRequest.of(SERVICE));
        objectsDb = TestServers.mysql().createDatabase("introspect_obj");
        try (Connection c = objectsDb.connect()) {
            for (String fixture : List.of("routines", "partitions", "engines", "spatial")) {
                Fixtures.load(c, "mysql/" + fixture + ".sql");
            }
            if (mariadb) {
                Fixtures.load(c, "mysql/mariadb-only-objects.sql");
            }
            // not a fixture file: snapshots leave events out, so a fixture with one could not round-trip
            try (Statement st = c.createStatement()) {
                st.execute("CREATE EVENT `nightly purge` ON SCHEDULE EVERY 1 DAY DISABLE DO DELETE FROM visits");
            }
        }
        try (Connection c = Fixtures.connect(objectsDb, SERVICE)) {
            objects = new MySqlIntrospector().introspect(c, IntrospectionRequest.of(SERVICE));
        }
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
        if (objectsDb != null) {
            objectsDb.close();
        }
    }

    private Snapshot introspect(IntrospectionRequest request) throws IntrospectionException, SQLException {
        try (Connection c = Fixtures.connect(db, request.service())) {
            return new MySqlIntrospector().introspect(c, request);
        }
    }

    private Table table(String name) {
        return snapshot.table(schema, name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private View view(String name) {
        return snapshot.view(schema, name).orElseThrow(() -> new AssertionError("no view " + name));
    }

    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table.name()));
    }

    /** {@code int(11)} on MariaDB, {@code int} on MySQL 8.0.19+ (display widths are gone there). */
    private String withWidth(String type, int width) {
        return mariadb ? type + "(" + width + ")" : type;
    }

    @Test
    void describesServerAndDatabase() {
        assertThat(snapshot.engine()).isEqualTo(Engine.MYSQL);
        assertThat(snapshot.product()).isEqualTo(mariadb ? ServerProduct.MARIADB : ServerProduct.MYSQL);
        assertThat(snapshot.database()).isEqualTo(schema);
        assertThat(snapshot.source()).isEqualTo(db.url());
        assertThat(snapshot.partial()).isFalse();
        assertThat(snapshot.schemas()).extracting(Schema::name).containsExactly(schema);
        assertThat(snapshot.schemas().get(0).collation()).as("the server's default").isNotBlank();
    }

    @Test
    void readsTablesWithEngineCollationCommentAndStatistics() {
        Table customers = table("customers");
        assertThat(customers.kind()).isEqualTo(TableKind.TABLE);
        assertThat(customers.storageEngine()).isEqualTo("InnoDB");
        assertThat(customers.collation()).isEqualTo("utf8mb4_general_ci");
        assertThat(customers.comment()).isEqualTo("People who order");
        assertThat(customers.rowEstimate()).isEqualTo(3L);
        assertThat(customers.sizeBytes()).isPositive();
        Table events = table("events");
        assertThat(events.kind()).isEqualTo(TableKind.PARTITIONED);
        assertThat(events.partitionKey()).isEqualTo("RANGE (year(`occurred`))");
        assertThat(snapshot.tableCount()).isEqualTo(8);
        assertThat(snapshot.viewCount()).isEqualTo(3);
    }

    @Test
    void readsColumnsWithDefaultsNormalisedAcrossMySqlAndMariaDb() {
        Table customers = table("customers");
        assertThat(customers.columns()).extracting(Column::name).containsExactly("id", "email", "Display Name",
                "region", "active", "note", "created_at", "updated_at");
        assertThat(column(customers, "id")).isEqualTo(Column.builder("id", withWidth("int", 10) + " unsigned")
                .ordinal(1).normalizedType("integer unsigned").notNull().identity(IdentityKind.AUTO_INCREMENT).build());
        assertThat(column(customers, "Display Name").collation()).isEqualTo("utf8mb4_bin");
        assertThat(column(customers, "email").collation()).as("same as the table").isNull();
        assertThat(column(customers, "region").defaultExpression()).isEqualTo("'EU'");
        assertThat(column(customers, "active")).extracting(Column::type, Column::normalizedType,
                Column::defaultExpression).containsExactly("tinyint(1)", "boolean", "1");
        assertThat(column(customers, "note").defaultExpression()).as("DEFAULT NULL is no default").isNull();
        assertThat(column(customers, "created_at")).extracting(Column::type, Column::normalizedType,
                Column::defaultExpression).containsExactly("datetime(3)", "timestamp(3)", "CURRENT_TIMESTAMP(3)");
        assertThat(column(customers, "updated_at")).extracting(Column::normalizedType, Column::defaultExpression,
                Column::onUpdate).containsExactly("timestamptz", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP");

        Table orders = table("orders");
        assertThat(column(orders, "status")).extracting(Column::type, Column::normalizedType,
                Column::defaultExpression)
                .containsExactly("enum('new','paid','shipped','cancelled')", "enum", "'new'");
        assertThat(column(orders, "tax").defaultExpression()).isEqualTo("0.00");
        assertThat(column(orders, "gross").generated().expression()).isEqualTo("`net` + `tax`");
        assertThat(column(orders, "gross").generated().storage()).isEqualTo(GenerationStorage.STORED);
        assertThat(column(orders, "net_cents").generated().storage()).isEqualTo(GenerationStorage.VIRTUAL);
        assertThat(column(orders, "net_cents").defaultExpression()).isNull();
        assertThat(column(orders, "note").comment()).isEqualTo("Free text from the customer");
        assertThat(column(table("settings"), "doc").normalizedType()).isEqualTo("json");
    }

    @Test
    void readsKeysAndChecks() {
        assertThat(table("order_lines").primaryKey()).contains(
                Constraint.primaryKey("PRIMARY", List.of("order_id", "line_no")).withPosition(0));
        assertThat(table("customers").constraint("customers_email_key")).contains(
                Constraint.unique("customers_email_key", List.of("email")).withPosition(1));
        assertThat(table("orders").constraint("orders_net_positive")).contains(
                Constraint.check("orders_net_positive", "`net` >= 0").withPosition(0));
        assertThat(table("order_lines").constraints()).filteredOn(c -> c.kind() == ConstraintKind.CHECK)
                .extracting(Constraint::expression).containsExactly("`quantity` > 0");
    }

    @Test
    void readsKeysAndChecksInTheOrderTheServerListsThem() throws Exception {
        try (TestDatabase other = TestServers.mysql().createDatabase("introspect_order")) {
            try (Connection c = other.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id INT PRIMARY KEY, a INT, b INT, KEY z_idx (a), UNIQUE KEY y_uq (b), "
                        + "KEY a_idx (b, a), CONSTRAINT z_ck CHECK (a > 0), CONSTRAINT a_ck CHECK (b > 0))");
            }
            Snapshot read;
            try (Connection c = Fixtures.connect(other, SERVICE)) {
                read = new MySqlIntrospector().introspect(c, IntrospectionRequest.of(SERVICE));
            }
            Table t = read.table(other.name(), "t").orElseThrow();
            // the server's key order: primary, unique, then the others in creation order
            assertThat(t.indexes()).extracting(Index::name).containsExactly("PRIMARY", "y_uq", "z_idx", "a_idx");
            assertThat(t.index("a_idx").orElseThrow().keys()).containsExactly("b", "a");
            assertThat(t.constraints()).filteredOn(c -> c.kind() == ConstraintKind.CHECK)
                    .extracting(Constraint::name).containsExactly("z_ck", "a_ck");
        }
    }

    @Test
    void readsCompositeForeignKeysWithActions() {
        assertThat(table("orders").foreignKey("orders_customer_fk")).contains(
                ForeignKey.builder("orders_customer_fk").columns(List.of("customer_id"))
                        .references(schema, "customers", List.of("id")).onDelete("RESTRICT").onUpdate("CASCADE")
                        .build());
        assertThat(table("order_lines").foreignKey("order_lines_order_fk").orElseThrow().onDelete())
                .isEqualTo("CASCADE");
        assertThat(table("shipments").foreignKey("shipments_line_fk").orElseThrow())
                .extracting(ForeignKey::columns, ForeignKey::referencedTable, ForeignKey::referencedColumns,
                        ForeignKey::onDelete, ForeignKey::onUpdate, ForeignKey::match)
                .containsExactly(List.of("order_id", "line_no"), "order_lines", List.of("order_id", "line_no"),
                        "SET NULL", "NO ACTION", "SIMPLE");
        ForeignKey kunde = table("Kunden Übersicht").foreignKey("Kunde → customers").orElseThrow();
        assertThat(kunde.columns()).containsExactly("customer`Id");
        assertThat(kunde.onDelete()).as("unspecified").isIn("RESTRICT", "NO ACTION");
    }

    @Test
    void readsPrefixFulltextDescendingAndCompositeIndexes() {
        assertThat(table("customers").index("customers_name_prefix").orElseThrow().keyParts())
                .containsExactly(IndexKey.column("Display Name").withLength(10));
        assertThat(table("orders").index("orders_note_ft").orElseThrow().method()).isEqualTo("fulltext");
        assertThat(table("orders").index("orders_customer_idx")).contains(Index.builder("orders_customer_idx")
                .columns(List.of("customer_id", "status")).position(1).build());
        assertThat(table("order_lines").index("order_lines_sku_desc").orElseThrow().keyParts())
                .containsExactly(IndexKey.column("sku").withDescending(true));
        assertThat(table("orders").index("PRIMARY")).contains(Index.builder("PRIMARY").columns(List.of("id"))
                .unique(true).primary(true).constraint("PRIMARY").position(0).build());
        assertThat(table("customers").index("customers_email_key").orElseThrow().constraint())
                .isEqualTo("customers_email_key");
    }

    @Test
    void readsViewsOfViewsAndTheColumnsTheyRead() {
        View open = view("open_orders");
        assertThat(open.columns()).extracting(Column::name).containsExactly("id", "customer_id", "gross");
        assertThat(open.sources()).containsExactly(
                ViewSource.of(schema, "orders", List.of("customer_id", "gross", "id", "status")));
        assertThat(open.definition()).contains("`orders`");
        assertThat(view("Offene Aufträge").sources()).containsExactly(
                ViewSource.of(schema, "customers", List.of("email", "id")),
                ViewSource.of(schema, "open_orders", List.of("customer_id", "id")));
        assertThat(view("Offene Aufträge").columns()).extracting(Column::name).containsExactly("id", "E-Mail");
        assertThat(view("paid_orders").checkOption()).isEqualTo("CASCADED");
        assertThat(view("paid_orders").sources()).containsExactly(
                ViewSource.of(schema, "orders", List.of("id", "status")));
    }

    @Test
    void readsTriggersWithTheirBodies() {
        Trigger before = table("orders").trigger("orders_before_update").orElseThrow();
        assertThat(before.timing()).isEqualTo(TriggerTiming.BEFORE);
        assertThat(before.events()).containsExactly(TriggerEvent.UPDATE);
        assertThat(before.forEachRow()).isTrue();
        assertThat(before.body()).startsWith("BEGIN").contains("SET NEW.net = 0;").endsWith("END");
        assertThat(before.function()).isNull();
        assertThat(before.actionOrder()).isEqualTo(1);
        Trigger after = table("orders").trigger("orders_after_insert").orElseThrow();
        assertThat(after.timing()).isEqualTo(TriggerTiming.AFTER);
        assertThat(after.events()).containsExactly(TriggerEvent.INSERT);
        assertThat(after.body()).isEqualTo("INSERT INTO order_audit (order_id) VALUES (NEW.id)");
        // the statement as written, which dumps show: unquoted names and the body's own indentation
        assertThat(after.statement()).startsWith("CREATE DEFINER=").endsWith(" TRIGGER orders_after_insert AFTER "
                + "INSERT ON orders FOR EACH ROW\n    INSERT INTO order_audit (order_id) VALUES (NEW.id)");
    }

    @Test
    void readsMariaDbSequencesAndIgnoredIndexes() {
        assumeThat(mariadb).as("MariaDB only").isTrue();
        assertThat(snapshot.schema(schema).orElseThrow().sequences()).containsExactly(
                Sequence.builder("invoice_numbers").dataType("bigint").start(1000L).increment(10L).minValue(1000L)
                        .maxValue(999999L).cache(5L).cycle(true).build());
        Index ignored = table("orders").index("orders_note_prefix").orElseThrow();
        assertThat(ignored.visible()).isFalse();
        assertThat(ignored.keyParts()).containsExactly(IndexKey.column("note").withLength(20));
    }

    @Test
    void readsMySqlFunctionalIndexesNotEnforcedChecksAndInvisibleIndexes() {
        assumeThat(mariadb).as("MySQL 8 only").isFalse();
        assertThat(table("orders").index("orders_lower_note").orElseThrow().keyParts())
                .containsExactly(IndexKey.expression("lower(left(`note`,20))"));
        assertThat(table("orders").constraint("orders_tax_small").orElseThrow().enforced()).isFalse();
        assertThat(table("orders").index("orders_note_prefix").orElseThrow().visible()).isFalse();
    }

    @Test
    void keepsIdentifiersWithSpacesQuotesBackticksAndNonAsciiExactly() {
        Table kunden = table("Kunden Übersicht");
        assertThat(kunden.comment()).isEqualTo("Übersicht für das Reporting");
        assertThat(kunden.columns()).extracting(Column::name)
                .containsExactly("Kunden-Nr", "Name \"Spitz\"", "Straße", "customer`Id");
    }

    @Test
    void roundTripsThroughTheSnapshotFileAndRepeatsItself() throws Exception {
        String written = SnapshotFile.write(snapshot);
        Snapshot read = SnapshotFile.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), "x");
        assertThat(read).isEqualTo(snapshot);
        assertThat(SnapshotFile.write(introspect(IntrospectionRequest.of(SERVICE)))).isEqualTo(written);
    }

    @Test
    void usesOneQueryPerConcernWhateverTheNumberOfTables() throws Exception {
        List<String> steps = new ArrayList<>();
        long start = System.nanoTime();
        introspect(IntrospectionRequest.of(SERVICE).withListener(steps::add));
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<String> expected = new ArrayList<>(List.of("server", "schemas", "tables", "columns", "checks",
                "foreign keys", "indexes", "views", "triggers", "partitions", "routines", "events"));
        if (mariadb) {
            expected.add("sequences");
        }
        expected.add("privileges");
        // one SHOW CREATE per trigger follows the bulk query: only it returns the statement as written
        List<String> collapsed = new ArrayList<>();
        steps.forEach(step -> {
            if (collapsed.isEmpty() || !collapsed.get(collapsed.size() - 1).equals(step)) {
                collapsed.add(step);
            }
        });
        assertThat(collapsed).containsExactlyElementsOf(expected);
        long triggers = snapshot.schemas().stream().flatMap(x -> x.tables().stream())
                .mapToLong(t -> t.triggers().size()).sum();
        assertThat(steps).filteredOn("triggers"::equals).hasSize((int) triggers + 1);
        assertThat(millis).as("introspection of the fixture, warm").isLessThan(2000);
    }

    @Test
    void readsDatabaseTableAndColumnGrantsOfTheDatabaseOnly() throws Exception {
        assertThat(snapshot.schemas()).as("no grants in the rich fixture").allSatisfy(x ->
                assertThat(x.privileges()).isEmpty());
        String name = "pstest_grantee_" + Long.toString(Math.abs(new SecureRandom().nextLong() % 1_000_000_000L), 36);
        String account = "'" + name + "'@'%'";
        try (Connection admin = TestServers.mysql().connectAdmin(); Statement s = admin.createStatement()) {
            s.execute("CREATE USER " + account);
        }
        try (TestDatabase own = TestServers.mysql().createDatabase("introspect_my_grants")) {
            Snapshot read;
            try (Connection c = own.connect()) {
                Fixtures.load(c, "mysql/rich.sql");
                Fixtures.load(c, "mysql/privileges.sql", Map.of("user", account, "db", own.name()));
                try (Statement s = c.createStatement()) {
                    s.execute("GRANT LOCK TABLES ON `" + own.name() + "`.* TO " + account);
                    s.execute("GRANT UPDATE (quantity) ON `" + own.name() + "`.order_lines TO " + account);
                    s.execute("CREATE TABLE gone (id int)");
                    s.execute("GRANT SELECT ON `" + own.name() + "`.gone TO " + account);
                    s.execute("DROP TABLE gone");
                    s.execute("GRANT SELECT ON `" + schema + "`.orders TO " + account);
                }
                read = new MySqlIntrospector().introspect(c, IntrospectionRequest.of(SERVICE)
                        .withSchemas(List.of(own.name()), List.of()));
            }
            assertThat(read.schema(own.name()).orElseThrow().privileges()).as("not the grant on another database, nor the one the "
                    + "server kept for a dropped table; "
                    + "a table's grant option covers its column privileges")
                    .containsExactly(
                            new Privilege(PrivilegeTarget.SCHEMA, null, null, account, "LOCK TABLES", false, false),
                            new Privilege(PrivilegeTarget.TABLE, "open_orders", null, account, "SELECT", false, false),
                            new Privilege(PrivilegeTarget.TABLE, "order_lines", null, account, "INSERT", true, false),
                            new Privilege(PrivilegeTarget.TABLE, "order_lines", null, account, "SELECT", true, false),
                            new Privilege(PrivilegeTarget.TABLE, "order_lines", "quantity", account, "UPDATE", true,
                                    false),
                            new Privilege(PrivilegeTarget.TABLE, "orders", null, account, "SELECT", false, false));
        } finally {
            try (Connection admin = TestServers.mysql().connectAdmin(); Statement s = admin.createStatement()) {
                s.execute("DROP USER IF EXISTS " + account);
            }
        }
    }

    @Test
    void readsSeveralDatabasesAndTheReferencesBetweenThem() throws Exception {
        try (TestDatabase second = TestServers.mysql().createDatabase("introspect_my2")) {
            try (Connection c = second.connect()) {
                Fixtures.load(c, "mysql/second-schema.sql", Map.of("main", schema));
            }
            Snapshot both = introspect(IntrospectionRequest.of(SERVICE)
                    .withSchemas(List.of(schema, second.name()), List.of()));
            assertThat(both.schemas()).extracting(Schema::name).containsExactlyInAnyOrder(schema, second.name());
            assertThat(both.table(second.name(), "invoices").orElseThrow().foreignKey("invoices_order_fk")
                    .orElseThrow()).extracting(ForeignKey::referencedSchema, ForeignKey::referencedTable)
                    .containsExactly(schema, "orders");
            assertThat(both.view(second.name(), "invoiced_orders").orElseThrow().sources()).containsExactlyInAnyOrder(
                    ViewSource.of(schema, "orders", List.of("gross", "id")),
                    ViewSource.of(second.name(), "invoices", List.of("id", "order_id")));
            assertThat(both.tableCount()).isEqualTo(9);
        }
    }

    @Test
    void readsStoredFunctionsAndProceduresWithTheirAttributes() {
        Schema s = objects.schemas().get(0);
        Routine gross = s.routine("zz_Brutto_ü").orElseThrow();
        assertThat(gross.kind()).isEqualTo(RoutineKind.FUNCTION);
        assertThat(gross.arguments()).isEqualTo("`net` decimal(10,2), `Steuer Satz` decimal(4,2)");
        assertThat(gross.returnType()).isEqualTo("decimal(10,2)");
        assertThat(gross.body()).isEqualTo("BEGIN\n    RETURN ROUND(net * (1 + `Steuer Satz` / 100), 2);\nEND");
        assertThat(gross.deterministic()).isTrue();
        assertThat(gross.dataAccess()).isEqualTo("NO SQL");
        assertThat(gross.security()).isEqualTo("DEFINER");
        assertThat(gross.comment()).isEqualTo("net plus tax; rounded");
        assertThat(gross.sqlMode()).isNotBlank();
        assertThat(gross.definer()).contains("@");

        Routine standard = s.routine("standard_gross").orElseThrow();
        assertThat(standard.deterministic()).isFalse();
        assertThat(standard.security()).isEqualTo("INVOKER");
        assertThat(standard.body()).isEqualTo("RETURN `zz_Brutto_ü`(net, 19.00)");

        Routine count = s.routine("count prices").orElseThrow();
        assertThat(count.kind()).isEqualTo(RoutineKind.PROCEDURE);
        assertThat(count.returnType()).isNull();
        assertThat(count.arguments()).isEqualTo("IN `min_net` decimal(10,2), OUT `how_many` "
                + (mariadb ? "int(11)" : "int") + ", INOUT `note` varchar(20) CHARSET latin1");
        assertThat(count.dataAccess()).isEqualTo("READS SQL DATA");
        // the parameters as written, which information_schema spells its own way
        assertThat(count.statement()).startsWith("CREATE DEFINER=").contains(" PROCEDURE `count prices`(IN min_net "
                + "DECIMAL(10,2), OUT how_many INT, INOUT note VARCHAR(20) CHARSET latin1)").endsWith("END");
        assertThat(gross.statement()).contains("FUNCTION `zz_Brutto_ü`(net DECIMAL(10,2), `Steuer Satz` "
                + "DECIMAL(4,2)) RETURNS decimal(10,2)");
    }

    @Test
    void readsViewSecurityAlgorithmAndDefiner() {
        View gross = objects.view(objectsDb.name(), "a Bruttopreise").orElseThrow();
        View expensive = objects.view(objectsDb.name(), "a Bruttopreise (teuer)").orElseThrow();
        assertThat(gross.security()).isEqualTo("DEFINER");
        assertThat(expensive.security()).isEqualTo("INVOKER");
        assertThat(expensive.checkOption()).isEqualTo("LOCAL");
        assertThat(expensive.definer()).contains("@");
        // MySQL 8 does not report ALGORITHM in information_schema.VIEWS
        assertThat(expensive.algorithm()).isEqualTo(mariadb ? "MERGE" : null);
        assertThat(gross.algorithm()).isNull();
    }

    @Test
    void readsTheSqlModeATriggerWasCreatedUnder() {
        Trigger label = objects.table(objectsDb.name(), "Preis Liste").orElseThrow().trigger("Preis Liste label")
                .orElseThrow();
        assertThat(label.sqlMode()).isEqualTo("PIPES_AS_CONCAT,STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION");
        assertThat(label.definer()).contains("@");
        Trigger plain = snapshot.table(schema, "orders").orElseThrow().trigger("orders_after_insert").orElseThrow();
        assertThat(plain.sqlMode()).doesNotContain("PIPES_AS_CONCAT");
    }

    @Test
    void readsEveryPartitionWithItsBoundCommentAndSubpartitions() {
        Table measured = objects.table(objectsDb.name(), "Messwerte").orElseThrow();
        assertThat(measured.kind()).isEqualTo(TableKind.PARTITIONED);
        assertThat(measured.partitionKey()).isEqualTo("RANGE COLUMNS(`gemessen am`,`region`)");
        assertThat(measured.partitions()).hasSize(19);
        assertThat(measured.partitions().get(0))
                .isEqualTo(Partition.of("p2024_01", "VALUES LESS THAN ('2024-02-01',MAXVALUE)", "Januar"));
        assertThat(measured.partitions().subList(16, 19)).containsExactly(
                Partition.of("p2025 Mai", "VALUES LESS THAN ('2025-06-01','m')", null),
                Partition.of("Übrige", "VALUES LESS THAN ('2025-06-01',MAXVALUE)", null),
                Partition.of("pmax", "VALUES LESS THAN (MAXVALUE,MAXVALUE)", null));

        assertThat(objects.table(objectsDb.name(), "yearly").orElseThrow().partitions())
                .extracting(Partition::bound).containsExactly("VALUES LESS THAN (2024)", "VALUES LESS THAN (2025)",
                        "VALUES LESS THAN MAXVALUE");
        assertThat(objects.table(objectsDb.name(), "stores").orElseThrow().partitions()).containsExactly(
                Partition.of("north", "VALUES IN (1,2,3)", "Nord"), Partition.of("south", "VALUES IN (4,5)", null),
                Partition.of("zero", "VALUES IN (0)", null));
        Table countries = objects.table(objectsDb.name(), "Länder").orElseThrow();
        assertThat(countries.partitionKey()).isEqualTo("LIST COLUMNS(`country`,`tier`)");
        assertThat(countries.partitions()).extracting(Partition::bound)
                .containsExactly("VALUES IN (('DE',1),('FR',1),('DE',2))", "VALUES IN (('US',1),('CA',2))");

        Table linear = objects.table(objectsDb.name(), "linear_hashed").orElseThrow();
        assertThat(linear.partitionKey()).isEqualTo("LINEAR HASH (year(`created`))");
        assertThat(linear.partitions()).containsExactly(Partition.of("p0", null, null),
                Partition.of("p1", null, null), Partition.of("p2", null, null));
        assertThat(objects.table(objectsDb.name(), "keyed").orElseThrow().partitionKey())
                .isEqualTo("KEY (`code`,`id`)");

        Table sub = objects.table(objectsDb.name(), "sub_named").orElseThrow();
        assertThat(sub.partitionKey()).isEqualTo("RANGE (year(`d`)) SUBPARTITION BY KEY (`id`)");
        assertThat(sub.partitions()).containsExactly(
                new Partition("old", "VALUES LESS THAN (2020)", null,
                        List.of(Partition.of("old_a", null, "erste"), Partition.of("old_b", null, null))),
                new Partition("recent", "VALUES LESS THAN MAXVALUE", null,
                        List.of(Partition.of("recent_a", null, null), Partition.of("recent_b", null, null))));
    }

    @Test
    void tellsAMariaDbListDefaultPartitionFromValuesInZero() {
        assumeThat(mariadb).as("LIST DEFAULT partitions are MariaDB only").isTrue();
        assertThat(objects.table(objectsDb.name(), "Regale").orElseThrow().partitions()).containsExactly(
                Partition.of("floor", "VALUES IN (0)", null), Partition.of("upper", "VALUES IN (1,2)", null),
                Partition.of("alle anderen", "DEFAULT", null));
    }

    @Test
    void keepsIndexTypesAsDeclaredAndSpatialKeysWithoutPrefix() {
        Table sessions = objects.table(objectsDb.name(), "Sitzungen").orElseThrow();
        assertThat(sessions.storageEngine()).isEqualTo("MEMORY");
        assertThat(sessions.index("Benutzer seit").orElseThrow().method()).isEqualTo("btree");
        assertThat(sessions.index("PRIMARY").orElseThrow().method()).isEqualTo("btree");
        assertThat(sessions.index("sessions_token").orElseThrow().method()).isEqualTo("hash");
        assertThat(sessions.index("sessions_started").orElseThrow().method()).isEqualTo("hash");

        Table places = objects.table(objectsDb.name(), "Orte").orElseThrow();
        Index spatial = places.index("Lage räumlich").orElseThrow();
        assertThat(spatial.method()).isEqualTo("spatial");
        assertThat(spatial.keyParts()).containsExactly(IndexKey.column("Lage"));
        assertThat(places.index("places_text").orElseThrow().keyParts())
                .containsExactly(IndexKey.column("name"), IndexKey.column("Beschreibung"));
    }

    @Test
    void listsEventsAsSkippedSoTheSnapshotSaysItIsPartial() {
        assertThat(objects.partial()).isTrue();
        assertThat(objects.skipped()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("nightly purge");
            assertThat(s.objectType()).isEqualTo("event");
            assertThat(s.reason()).contains("events are not modelled").contains("disabled");
        });
        assertThat(snapshot.partial()).isFalse();
    }

    @Test
    void rejectsAnUnknownSchemaNamingServiceAndSchema() {
        assertThatThrownBy(() -> introspect(IntrospectionRequest.of(SERVICE).withSchemas(List.of("nope_db"),
                List.of())))
                .isInstanceOfSatisfying(IntrospectionException.class,
                        e -> assertThat(e.kind()).isEqualTo(IntrospectionException.Kind.INPUT))
                .hasMessageContaining("service \"inventory\": unknown schema \"nope_db\", or user \"")
                .hasMessageContaining("\"" + schema + "\"");
        assertThatThrownBy(() -> introspect(IntrospectionRequest.of(SERVICE).withSchemas(List.of("mysql"),
                List.of()))).hasMessageContaining("database \"mysql\" is a system database");
    }
}
