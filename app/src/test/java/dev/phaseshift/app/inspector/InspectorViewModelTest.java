package dev.phaseshift.app.inspector;

import dev.phaseshift.app.estate.EstateTreeViewModel;
import dev.phaseshift.app.fixtures.ShopEstate;
import dev.phaseshift.estate.Estate;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InspectorViewModelTest {
    private final SimpleObjectProperty<Estate> estate = new SimpleObjectProperty<>();
    private final EstateTreeViewModel tree = new EstateTreeViewModel(estate);
    private final InspectorViewModel inspector = new InspectorViewModel(tree.selectedItemProperty(), estate);

    @BeforeEach
    void openShop() {
        estate.set(ShopEstate.create());
    }

    @Test
    void saysNothingIsSelectedAtFirst() {
        assertThat(inspector.contentProperty().get().isEmpty()).isTrue();
        assertThat(inspector.contentProperty().get().title()).isEqualTo("Nothing selected");
    }

    @Test
    void aTableShowsColumnsKeysChecksForeignKeysIndexesAndComment() {
        select("customers/public/customers");

        InspectorContent content = inspector.contentProperty().get();
        assertThat(content.kind()).isEqualTo("table");
        assertThat(content.title()).isEqualTo("customers");
        assertThat(content.subtitle()).isEqualTo("customers · public · 5 columns");

        ColumnsSection columns = content.section("Columns", ColumnsSection.class).orElseThrow();
        assertThat(columns.columns()).extracting(ColumnLine::name)
                .containsExactly("id", "email", "full_name", "status", "created_at");
        assertThat(columns.column("id").orElseThrow().flags()).containsExactly("PK");
        assertThat(columns.column("email").orElseThrow().flags()).containsExactly("UQ", "IDX");
        assertThat(columns.column("full_name").orElseThrow().flags()).isEmpty();
        assertThat(columns.column("created_at").orElseThrow()).satisfies(c -> {
            assertThat(c.type()).isEqualTo("timestamp with time zone");
            assertThat(c.nullable()).isFalse();
            assertThat(c.defaultExpression()).isEqualTo("now()");
            assertThat(c.flags()).containsExactly("IDX");
        });

        assertThat(entries(content, "Primary key")).containsExactly("customers_pk: PRIMARY KEY (id)");
        assertThat(entries(content, "Check constraints"))
                .containsExactly("customers_status_ck: CHECK (status IN ('active', 'closed'))");
        assertThat(entries(content, "Foreign keys")).isEmpty();
        assertThat(entries(content, "Referenced by"))
                .containsExactly("public.customer_addresses: customer_addresses_customer_fk (customer_id) → (id)");
        assertThat(entries(content, "Indexes")).containsExactly(
                "customers_email_lower_uq: UNIQUE btree (lower(email))",
                "customers_created_at_idx: btree (created_at)");
        assertThat(content.section("Comment", TextSection.class)).get()
                .extracting(TextSection::text).isEqualTo("Registered shop customers.");
    }

    @Test
    void aTableWithAForeignKeyShowsWhereItPointsAndItsActions() {
        select("customers/public/customer_addresses");

        InspectorContent content = inspector.contentProperty().get();
        assertThat(entries(content, "Foreign keys")).containsExactly(
                "customer_addresses_customer_fk: (customer_id) → public.customers (id) · ON DELETE CASCADE");
        assertThat(entries(content, "Unique constraints"))
                .containsExactly("customer_addresses_customer_city_uq: UNIQUE (customer_id, city)");
        assertThat(content.section("Columns", ColumnsSection.class).orElseThrow().column("customer_id")
                .orElseThrow().flags()).containsExactly("FK", "UQ", "IDX");
        assertThat(content.section("Comment", TextSection.class)).isEmpty();
    }

    @Test
    void aColumnSaysWhetherItIsPartOfTheKeyAForeignKeyAndAnIndex() {
        select("customers/public/customer_addresses/customer_id");

        InspectorContent content = inspector.contentProperty().get();
        assertThat(content.kind()).isEqualTo("column");
        PropertiesSection column = content.section("Column", PropertiesSection.class).orElseThrow();
        assertThat(column.value("Type")).isEqualTo("bigint");
        assertThat(column.value("Nullable")).isEqualTo("no");
        assertThat(column.value("Default")).isEqualTo("none");
        PropertiesSection keys = content.section("Keys and indexes", PropertiesSection.class).orElseThrow();
        assertThat(keys.value("Primary key")).isEqualTo("no");
        assertThat(keys.value("Foreign key"))
                .isEqualTo("customer_addresses_customer_fk → public.customers (id)");
        assertThat(keys.value("Indexes")).isEqualTo("customer_addresses_customer_idx");
    }

    @Test
    void aPrimaryKeyColumnShowsItsCommentAndWhoReferencesIt() {
        select("customers/public/customers/id");

        InspectorContent content = inspector.contentProperty().get();
        PropertiesSection keys = content.section("Keys and indexes", PropertiesSection.class).orElseThrow();
        assertThat(keys.value("Primary key")).isEqualTo("yes · customers_pk");
        assertThat(keys.value("Foreign key")).isEqualTo("no");
        assertThat(entries(content, "Referenced by")).hasSize(1);

        select("customers/public/customers/email");
        InspectorContent email = inspector.contentProperty().get();
        assertThat(email.section("Comment", TextSection.class)).get()
                .extracting(TextSection::text).isEqualTo("Login e-mail, unique ignoring case.");
        PropertiesSection emailKeys = email.section("Keys and indexes", PropertiesSection.class).orElseThrow();
        assertThat(emailKeys.value("Unique")).isEqualTo("customers_email_lower_uq (lower(email))");
        assertThat(emailKeys.value("Indexes")).isEqualTo("customers_email_lower_uq");
    }

    @Test
    void aViewShowsWhatItReadsAndItsDefinition() {
        select("customers/public/active_customers");

        InspectorContent content = inspector.contentProperty().get();
        assertThat(content.kind()).isEqualTo("view");
        assertThat(entries(content, "Reads")).containsExactly("public.customers: ");
        assertThat(content.section("Definition", TextSection.class)).get().satisfies(t -> {
            assertThat(t.code()).isTrue();
            assertThat(t.text()).isEqualTo("SELECT id, email FROM customers WHERE status = 'active'");
        });
    }

    @Test
    void aServiceShowsItsConnectionAndCounts() {
        select("orders");

        InspectorContent content = inspector.contentProperty().get();
        assertThat(content.subtitle()).isEqualTo("checkout team · PostgreSQL");
        PropertiesSection service = content.section("Service", PropertiesSection.class).orElseThrow();
        assertThat(service.value("Team")).isEqualTo("checkout");
        assertThat(service.value("Engine")).isEqualTo("PostgreSQL");
        assertThat(service.value("Database")).isEqualTo("shop_orders");
        assertThat(service.value("URL")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/shop_orders");
        assertThat(service.value("User")).isEqualTo("app");
        assertThat(service.value("Password from")).isEqualTo("${env:ORDERS_DB_PASSWORD}");
        assertThat(service.value("Schemas")).isEqualTo("public");
        PropertiesSection counts = content.section("Contents", PropertiesSection.class).orElseThrow();
        assertThat(counts.value("Tables")).isEqualTo("2");
        assertThat(counts.value("Columns")).isEqualTo("6");
        assertThat(counts.value("Foreign keys")).isEqualTo("1");
        assertThat(counts.value("Indexes")).isEqualTo("1");
        assertThat(content.section("Snapshot", PropertiesSection.class).orElseThrow().value("Server version"))
                .isEqualTo("15.10");
    }

    @Test
    void aServiceWithoutSnapshotSaysItIsNotInspected() {
        select("shipping");

        InspectorContent content = inspector.contentProperty().get();
        assertThat(content.subtitle()).endsWith("not inspected");
        assertThat(content.section("Snapshot", TextSection.class)).get()
                .extracting(TextSection::text).asString().contains("phaseshift inspect", "--service shipping");
        assertThat(content.section("Contents", PropertiesSection.class)).isEmpty();
    }

    @Test
    void closingTheEstateEmptiesTheInspector() {
        select("orders");
        estate.set(null);

        assertThat(inspector.contentProperty().get().isEmpty()).isTrue();
    }

    private void select(String path) {
        tree.select(tree.find(path).orElseThrow(() -> new AssertionError("no item " + path)));
    }

    private static java.util.List<String> entries(InspectorContent content, String title) {
        return content.section(title, EntriesSection.class)
                .orElseThrow(() -> new AssertionError("no section " + title + " in " + content.sections()))
                .entries().stream().map(e -> e.name() + ": " + e.detail()).toList();
    }
}
