package dev.phaseshift.introspect;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.ColumnRef;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.EnumType;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.GenerationStorage;
import dev.phaseshift.schema.IdentityKind;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.IndexKey;
import dev.phaseshift.schema.ObjectName;
import dev.phaseshift.schema.Privilege;
import dev.phaseshift.schema.PrivilegeTarget;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rich PostgreSQL fixture ({@code introspect/postgresql/rich.sql}) read object by object. The read-only
 * tests share one fresh database; tests that change the database get their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresIntrospectorTest {
    private static final String SERVICE = "orders";

    private TestDatabase db;
    private Snapshot snapshot;

    @BeforeAll
    void loadFixture() throws Exception {
        db = TestServers.postgres().createDatabase("introspect_pg");
        try (Connection c = db.connect()) {
            Fixtures.load(c, "postgresql/rich.sql");
        }
        snapshot = introspect(IntrospectionRequest.of(SERVICE));
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    private Snapshot introspect(IntrospectionRequest request) throws IntrospectionException, SQLException {
        try (Connection c = Fixtures.connect(db, request.service())) {
            return new PostgresIntrospector().introspect(c, request);
        }
    }

    private Table table(String schema, String name) {
        return snapshot.table(schema, name).orElseThrow(() -> new AssertionError("no table " + schema + "." + name));
    }

    private View view(String schema, String name) {
        return snapshot.view(schema, name).orElseThrow(() -> new AssertionError("no view " + schema + "." + name));
    }

    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table.name()));
    }

    @Test
    void describesServerAndDatabaseWithoutCredentials() {
        assertThat(snapshot.service()).isEqualTo(SERVICE);
        assertThat(snapshot.engine()).isEqualTo(Engine.POSTGRESQL);
        assertThat(snapshot.product()).isEqualTo(ServerProduct.POSTGRESQL);
        assertThat(snapshot.serverVersion()).matches("\\d+\\.\\d+.*");
        assertThat(snapshot.database()).isEqualTo(db.name());
        assertThat(snapshot.source()).isEqualTo(db.url()).doesNotContain("password").doesNotContain("user=");
        assertThat(snapshot.partial()).isFalse();
        assertThat(snapshot.schemas()).extracting(Schema::name)
                .containsExactly("Reporting Ä", "app", "audit", "public");
        assertThat(snapshot.schema("app").orElseThrow().comment()).isEqualTo("Order handling");
    }

    @Test
    void readsTablesWithKindOwnerCommentAndStatistics() {
        Table customers = table("app", "customers");
        assertThat(customers.kind()).isEqualTo(TableKind.TABLE);
        assertThat(customers.owner()).isEqualTo(TestServers.postgres().user());
        assertThat(customers.comment()).isEqualTo("People who order");
        assertThat(customers.rowEstimate()).isEqualTo(3L);
        assertThat(customers.sizeBytes()).isPositive();
        assertThat(table("app", "orders").rowEstimate()).isEqualTo(40L);
        assertThat(table("app", "invoices").rowEstimate()).as("never analysed").isNull();
        assertThat(customers.storageEngine()).isNull();
    }

    @Test
    void readsPartitionedTablesAndTheirPartitions() {
        Table events = table("app", "events");
        assertThat(events.kind()).isEqualTo(TableKind.PARTITIONED);
        assertThat(events.partitionKey()).isEqualTo("RANGE (occurred_at)");
        assertThat(events.primaryKey().orElseThrow().columns()).containsExactly("id", "occurred_at");
        assertThat(events.index("events_payload_idx").orElseThrow().method()).isEqualTo("gin");

        Table y2024 = table("app", "events_2024");
        assertThat(y2024.kind()).isEqualTo(TableKind.PARTITION);
        assertThat(y2024.partitionOf()).isEqualTo(new ObjectName("app", "events"));
        assertThat(y2024.partitionBound()).isEqualTo("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
        assertThat(y2024.columns()).extracting(Column::name).containsExactly("id", "occurred_at", "payload");
        assertThat(y2024.constraints()).as("inherited key stays with the parent").isEmpty();
        assertThat(y2024.indexes()).as("attached index partitions stay with the parent").isEmpty();
        assertThat(table("app", "events_default").partitionBound()).isEqualTo("DEFAULT");
    }

    @Test
    void readsColumnsWithTypesDefaultsIdentityAndGeneration() {
        Table customers = table("app", "customers");
        assertThat(customers.columns()).extracting(Column::name)
                .containsExactly("id", "email", "Display Name", "region", "created_at");
        assertThat(customers.columns()).extracting(Column::ordinal).containsExactly(1, 2, 3, 4, 5);
        assertThat(column(customers, "id")).isEqualTo(Column.builder("id", "bigint").ordinal(1)
                .normalizedType("bigint").notNull().identity(IdentityKind.ALWAYS).build());
        assertThat(column(customers, "email").comment()).isEqualTo("Login and contact address");
        assertThat(column(customers, "Display Name")).isEqualTo(Column.builder("Display Name",
                "character varying(80)").ordinal(3).normalizedType("varchar(80)").collation("pg_catalog.\"C\"").build());
        assertThat(column(customers, "region").defaultExpression()).isEqualTo("'EU'::bpchar");
        assertThat(column(customers, "created_at")).extracting(Column::type, Column::normalizedType,
                Column::defaultExpression).containsExactly("timestamp with time zone", "timestamptz", "now()");

        Table orders = table("app", "orders");
        assertThat(column(orders, "id").defaultExpression()).isEqualTo("nextval('app.orders_id_seq'::regclass)");
        assertThat(column(orders, "status")).extracting(Column::type, Column::normalizedType,
                Column::defaultExpression).containsExactly("app.order_status", "enum", "'new'::app.order_status");
        Column gross = column(orders, "gross");
        assertThat(gross.generated().expression()).isEqualTo("(net + tax)");
        assertThat(gross.generated().storage()).isEqualTo(GenerationStorage.STORED);
        assertThat(gross.defaultExpression()).isNull();
        assertThat(column(orders, "tags").type()).isEqualTo("text[]");
        assertThat(column(orders, "updated_at")).extracting(Column::type, Column::normalizedType)
                .containsExactly("timestamp(3) without time zone", "timestamp(3)");
        assertThat(column(table("app", "shipments"), "id").identity()).isEqualTo(IdentityKind.BY_DEFAULT);
        assertThat(column(table("app", "events"), "payload").normalizedType()).isEqualTo("json");
    }

    @Test
    void readsPrimaryUniqueCheckAndExclusionConstraints() {
        assertThat(table("app", "order_lines").primaryKey()).contains(
                Constraint.primaryKey("order_lines_pkey", List.of("order_id", "line_no")));
        assertThat(table("app", "customers").constraint("customers_email_key")).contains(
                Constraint.unique("customers_email_key", List.of("email")));
        assertThat(table("app", "orders").constraint("orders_net_positive")).contains(
                Constraint.check("orders_net_positive", "(net >= (0)::numeric)").withValidated(false));
        assertThat(table("app", "order_lines").constraint("order_lines_quantity_check")).contains(
                Constraint.check("order_lines_quantity_check", "(quantity > 0)"));
        Table bookings = table("audit", "bookings");
        assertThat(bookings.constraint("bookings_during_excl").orElseThrow()).extracting(Constraint::kind,
                Constraint::columns, Constraint::expression).containsExactly(ConstraintKind.EXCLUDE,
                List.of("during"), "EXCLUDE USING gist (during WITH &&)");
        assertThat(bookings.constraint("bookings_room_key")).contains(
                Constraint.unique("bookings_room_key", List.of("room")).withDeferrable(true, false));
    }

    @Test
    void readsForeignKeysWithActionsDeferralAndValidation() {
        assertThat(table("app", "orders").foreignKey("orders_customer_fk")).contains(
                ForeignKey.builder("orders_customer_fk").columns(List.of("customer_id"))
                        .references("app", "customers", List.of("id")).onDelete("RESTRICT").onUpdate("CASCADE")
                        .build());
        assertThat(table("app", "order_lines").foreignKey("order_lines_order_fk")).contains(
                ForeignKey.builder("order_lines_order_fk").columns(List.of("order_id"))
                        .references("app", "orders", List.of("id")).onDelete("CASCADE").deferrable(true, true)
                        .build());
        assertThat(table("app", "shipments").foreignKey("shipments_line_fk")).contains(
                ForeignKey.builder("shipments_line_fk").columns(List.of("order_id", "line_no"))
                        .references("app", "order_lines", List.of("order_id", "line_no")).onDelete("SET NULL")
                        .match("FULL").validated(false).build());
        assertThat(table("Reporting Ä", "Kunden Übersicht").foreignKey("Kunde → customers")).contains(
                ForeignKey.builder("Kunde → customers").columns(List.of("customerId"))
                        .references("app", "customers", List.of("id")).build());
    }

    @Test
    void readsPartialExpressionIncludeAndOperatorClassIndexes() {
        Table orders = table("app", "orders");
        assertThat(orders.index("orders_open_idx")).contains(Index.builder("orders_open_idx")
                .columns(List.of("customer_id")).include(List.of("status"))
                .predicate("status <> 'cancelled'::app.order_status").comment("Open orders per customer").build());
        assertThat(orders.index("orders_lower_note_idx").orElseThrow().keyParts()).containsExactly(
                IndexKey.expression("lower(note)").withDescending(true).withNullsFirst(false));
        assertThat(orders.index("orders_tags_idx").orElseThrow().method()).isEqualTo("gin");
        assertThat(orders.index("orders_pkey")).contains(Index.builder("orders_pkey").columns(List.of("id"))
                .unique(true).primary(true).constraint("orders_pkey").build());
        assertThat(table("app", "customers").index("customers_email_pattern_idx").orElseThrow().keyParts())
                .containsExactly(IndexKey.column("email").withOpclass("text_pattern_ops"));
        Index code = table("audit", "bookings").index("bookings_code_key").orElseThrow();
        assertThat(code.nullsNotDistinct()).isTrue();
        assertThat(code.constraint()).isEqualTo("bookings_code_key");
        assertThat(snapshot.indexCount()).isEqualTo(16);
    }

    @Test
    void readsViewsWithDefinitionsAndTheColumnsTheyRead() {
        View open = view("app", "open_orders");
        assertThat(open.materialized()).isFalse();
        assertThat(open.comment()).isEqualTo("Orders not yet shipped");
        assertThat(open.definition()).startsWith("SELECT o.id,").contains("FROM app.orders o").doesNotEndWith(";");
        assertThat(open.columns()).extracting(Column::name).containsExactly("id", "customer_id", "gross");
        assertThat(open.sources()).containsExactly(
                ViewSource.of("app", "orders", List.of("customer_id", "gross", "id", "status")));
        assertThat(open.reads()).containsExactly("app.orders");

        View offene = view("Reporting Ä", "Offene Aufträge");
        assertThat(offene.sources()).as("a view of a view, across schemas").containsExactly(
                ViewSource.of("app", "customers", List.of("email", "id")),
                ViewSource.of("app", "open_orders", List.of("customer_id", "id")));
        assertThat(offene.columns()).extracting(Column::name).containsExactly("id", "E-Mail");

        assertThat(view("app", "order_count").sources()).containsExactly(ViewSource.of("app", "orders", List.of()));
        assertThat(view("app", "paid_orders").checkOption()).isEqualTo("LOCAL");

        View revenue = view("audit", "daily_revenue");
        assertThat(revenue.materialized()).isTrue();
        assertThat(revenue.comment()).isEqualTo("Refreshed nightly");
        assertThat(revenue.sizeBytes()).isPositive();
        assertThat(revenue.indexes()).extracting(Index::name, Index::unique)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("daily_revenue_day_idx", true));
        assertThat(revenue.sources()).containsExactly(ViewSource.of("app", "orders", List.of("gross", "updated_at")));
    }

    @Test
    void readsTriggersAndTheFunctionsTheyRun() {
        Trigger touch = table("app", "orders").trigger("orders_touch").orElseThrow();
        assertThat(touch.timing()).isEqualTo(TriggerTiming.BEFORE);
        assertThat(touch.events()).containsExactly(TriggerEvent.INSERT, TriggerEvent.UPDATE);
        assertThat(touch.updateColumns()).containsExactly("net", "tax");
        assertThat(touch.forEachRow()).isTrue();
        assertThat(touch.condition()).isEqualTo("pg_trigger_depth() = 0");
        assertThat(touch.function()).isEqualTo(new ObjectName("app", "touch_updated_at"));
        assertThat(touch.enabled()).isTrue();
        assertThat(touch.definition()).startsWith("CREATE TRIGGER orders_touch BEFORE INSERT OR UPDATE OF net, tax")
                .endsWith("EXECUTE FUNCTION app.touch_updated_at()");

        Routine function = snapshot.schema("app").orElseThrow().routine("touch_updated_at").orElseThrow();
        assertThat(function.kind()).isEqualTo(RoutineKind.FUNCTION);
        assertThat(function.returnType()).isEqualTo("trigger");
        assertThat(function.language()).isEqualTo("plpgsql");
        assertThat(function.comment()).isEqualTo("Keeps updated_at current");
        assertThat(function.definition()).startsWith("CREATE OR REPLACE FUNCTION app.touch_updated_at()")
                .contains("NEW.updated_at := now();");
    }

    @Test
    void readsSequencesAndTheColumnsThatOwnThem() {
        Schema app = snapshot.schema("app").orElseThrow();
        assertThat(app.sequence("invoice_numbers")).contains(Sequence.builder("invoice_numbers").dataType("integer")
                .start(1000L).increment(10L).minValue(1000L).maxValue(999999L).cache(5L).cycle(true)
                .ownedBy(new ColumnRef("app", "invoices", "number"), false)
                .owner(TestServers.postgres().user()).build());
        assertThat(app.sequence("orders_id_seq").orElseThrow().ownedBy())
                .isEqualTo(new ColumnRef("app", "orders", "id"));
        Sequence identity = app.sequence("customers_id_seq").orElseThrow();
        assertThat(identity.identity()).isTrue();
        assertThat(identity.ownedBy()).isEqualTo(new ColumnRef("app", "customers", "id"));
        assertThat(app.sequences()).extracting(Sequence::name)
                .containsExactly("customers_id_seq", "invoice_numbers", "orders_id_seq", "shipments_id_seq");
    }

    @Test
    void readsEnumTypesWithLabelsInSortOrder() {
        assertThat(snapshot.schema("app").orElseThrow().enumTypes()).containsExactly(new EnumType("order_status",
                List.of("new", "paid", "shipped", "cancelled"), TestServers.postgres().user(),
                "Lifecycle of an order"));
    }

    @Test
    void keepsIdentifiersWithMixedCaseSpacesQuotesAndNonAsciiExactly() {
        Table kunden = table("Reporting Ä", "Kunden Übersicht");
        assertThat(kunden.comment()).isEqualTo("Übersicht für das Reporting");
        assertThat(kunden.columns()).extracting(Column::name)
                .containsExactly("Kunden-Nr", "Name \"Spitz\"", "Straße", "customerId");
        assertThat(kunden.primaryKey().orElseThrow().name()).isEqualTo("Kunden Übersicht_pkey");
    }

    @Test
    void roundTripsThroughTheSnapshotFileAndRepeatsItself() throws Exception {
        String written = SnapshotFile.write(snapshot);
        Snapshot read = SnapshotFile.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), "x");
        assertThat(read).isEqualTo(snapshot);
        assertThat(SnapshotFile.write(introspect(IntrospectionRequest.of(SERVICE))))
                .as("a second read of an unchanged database gives the same file").isEqualTo(written);
    }

    @Test
    void usesNineteenCatalogQueriesWhateverTheNumberOfTables() throws Exception {
        List<String> steps = new ArrayList<>();
        long start = System.nanoTime();
        introspect(IntrospectionRequest.of(SERVICE).withListener(steps::add));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(steps).containsExactly("server", "schemas", "tables", "columns", "constraints", "indexes",
                "view sources", "triggers", "sequences", "enum types", "routines", "privileges", "domains", "aggregates",
                "collations", "text search dictionaries", "text search configurations", "unmodelled objects",
                "extensions");
        assertThat(millis).as("introspection of the fixture, warm").isLessThan(2000);
    }

    @Test
    void recordsNoPrivilegesWhereNobodyGrantedOrRevokedAny() {
        assertThat(snapshot.schemas()).as("default privileges, and public's initial USAGE for PUBLIC, are not grants")
                .allSatisfy(s -> assertThat(s.privileges()).isEmpty());
    }

    @Test
    void readsGrantsAndRevokedDefaultPrivilegesAgainstTheServerDefaults() throws Exception {
        String role = "pstest_grantee_" + Long.toString(Math.abs(new SecureRandom().nextLong() % 1_000_000_000L), 36);
        try (Connection admin = TestServers.postgres().connectAdmin(); Statement s = admin.createStatement()) {
            s.execute("CREATE ROLE " + role + " NOLOGIN");
        }
        try (TestDatabase own = TestServers.postgres().createDatabase("introspect_pg_grants")) {
            Snapshot read;
            try (Connection c = own.connect()) {
                Fixtures.load(c, "postgresql/privileges.sql", Map.of("role", role));
                read = new PostgresIntrospector().introspect(c, IntrospectionRequest.of("payroll"));
            }
            assertThat(read.schema("public").orElseThrow().privileges()).as("schema public's initial ACL is the "
                    + "baseline").containsExactly(new Privilege(PrivilegeTarget.SCHEMA, null, null, Privilege.PUBLIC,
                    "USAGE", false, true));
            assertThat(read.schema("shop").orElseThrow().privileges()).containsExactly(
                    new Privilege(PrivilegeTarget.SCHEMA, null, null, role, "USAGE", false, false),
                    new Privilege(PrivilegeTarget.TABLE, "customer_names", null, role, "SELECT", false, false),
                    new Privilege(PrivilegeTarget.TABLE, "customers", null, role, "INSERT", true, false),
                    new Privilege(PrivilegeTarget.TABLE, "customers", null, role, "SELECT", false, false),
                    new Privilege(PrivilegeTarget.TYPE, "tier", null, Privilege.PUBLIC, "USAGE", false, true));
            assertThat(read.schema("secret").orElseThrow().privileges()).containsExactly(
                    new Privilege(PrivilegeTarget.SCHEMA, null, null, role, "USAGE", false, false),
                    new Privilege(PrivilegeTarget.TABLE, "payroll", "id", role, "SELECT", false, false),
                    new Privilege(PrivilegeTarget.SEQUENCE, "payslip_numbers", null, role, "UPDATE", false, false),
                    new Privilege(PrivilegeTarget.FUNCTION, "raise(amount numeric)", null, Privilege.PUBLIC,
                            "EXECUTE", false, true),
                    new Privilege(PrivilegeTarget.FUNCTION, "raise(amount numeric)", null, role, "EXECUTE", false,
                            false),
                    new Privilege(PrivilegeTarget.PROCEDURE, "close_month()", null, Privilege.PUBLIC, "EXECUTE",
                            false, true));
            assertThat(read.schema("secret").orElseThrow().routine("raise").orElseThrow().signature())
                    .as("a routine privilege names its routine by signature").isEqualTo("raise(amount numeric)");
        } finally {
            try (Connection admin = TestServers.postgres().connectAdmin(); Statement s = admin.createStatement()) {
                s.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }

    @Test
    void readsOnlyTheSchemasTheFiltersSelect() throws Exception {
        assertThat(introspect(IntrospectionRequest.of(SERVICE).withSchemas(List.of("app"), List.of())).schemas())
                .extracting(Schema::name).containsExactly("app");
        assertThat(introspect(IntrospectionRequest.of(SERVICE).withSchemas(List.of(), List.of("a*", "public")))
                .schemas()).extracting(Schema::name).containsExactly("Reporting Ä");
        Snapshot reporting = introspect(IntrospectionRequest.of(SERVICE).withSchemas(List.of("Rep*"), List.of()));
        assertThat(reporting.schemas()).extracting(Schema::name).containsExactly("Reporting Ä");
        assertThat(reporting.table("Reporting Ä", "Kunden Übersicht").orElseThrow().foreignKeys().get(0)
                .referencedSchema()).as("a reference out of the selection is kept").isEqualTo("app");
    }

    @Test
    void rejectsAnUnknownOrSystemSchemaNamingServiceAndSchema() {
        assertThatThrownBy(() -> introspect(IntrospectionRequest.of(SERVICE).withSchemas(List.of("app", "nope"),
                List.of())))
                .isInstanceOfSatisfying(IntrospectionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(IntrospectionException.Kind.INPUT);
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.service()).isEqualTo(SERVICE);
                })
                .hasMessageStartingWith("postgres: service \"orders\": unknown schema \"nope\" in database \""
                        + db.name() + "\"")
                .hasMessageContaining("\"Reporting Ä\", \"app\", \"audit\", \"public\"");
        assertThatThrownBy(() -> introspect(IntrospectionRequest.of(SERVICE).withSchemas(List.of("pg_catalog"),
                List.of()))).hasMessageContaining("schema \"pg_catalog\" is a system schema");
    }
}
