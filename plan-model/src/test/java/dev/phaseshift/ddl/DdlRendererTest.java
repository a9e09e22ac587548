package dev.phaseshift.ddl;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.EnumType;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Privilege;
import dev.phaseshift.schema.PrivilegeTarget;
import dev.phaseshift.schema.Routine;
import dev.phaseshift.schema.RoutineKind;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Sequence;
import dev.phaseshift.schema.ServerProduct;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.View;
import dev.phaseshift.schema.ViewSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a reader of a rendered script sees without running it: the order of the statements and the spelling of
 * names. Whether the servers accept the scripts and recreate the schema is {@link DdlFidelityTest}'s job.
 */
class DdlRendererTest {

    /** A view named to sort before the view it reads, in another schema; a key to a table created later. */
    private static Snapshot postgres() {
        Table customers = Table.builder("Kunden Übersicht")
                .columns(List.of(Column.builder("id", "bigint").notNull().build(), Column.of("Name \"Spitz\"", "text"),
                        Column.of("user", "text"), Column.of("customerId", "bigint")))
                .constraints(List.of(Constraint.primaryKey("Kunden Übersicht_pkey", List.of("id"))))
                .foreignKeys(List.of(ForeignKey.builder("kunde_order_fk").columns(List.of("customerId"))
                        .references("app", "orders", List.of("id")).build()))
                .build();
        Table orders = Table.builder("orders")
                .columns(List.of(Column.builder("id", "bigint").notNull()
                        .defaultExpression("nextval('app.order_ids'::regclass)").build()))
                .constraints(List.of(Constraint.primaryKey("orders_pkey", List.of("id"))))
                .build();
        View base = View.builder("zz_base").definition("SELECT id FROM app.orders")
                .sources(List.of(ViewSource.of("app", "orders", List.of("id")))).build();
        View onTop = View.builder("aa_on_top").definition("SELECT id FROM \"Reporting\".zz_base")
                .sources(List.of(ViewSource.of("Reporting", "zz_base", List.of("id")))).build();
        Schema app = new Schema("app", null, null, null, List.of(customers, orders), List.of(onTop),
                List.of(Sequence.builder("order_ids").dataType("bigint").start(1L).build()),
                List.of(EnumType.of("mood", List.of("ok", "it's fine"))), List.of());
        Schema reporting = new Schema("Reporting", List.of(), List.of(base));
        return Snapshot.of("orders", Engine.POSTGRESQL, List.of(app, reporting));
    }

    @Test
    void postgresCreatesTypesAndSequencesFirstKeysAfterAllTablesAndViewsAfterWhatTheyRead() {
        List<String> ddl = new PostgresDdlRenderer().statements(postgres());
        int type = indexOf(ddl, "CREATE TYPE app.mood AS ENUM ('ok', 'it''s fine')");
        int sequence = indexOf(ddl, "CREATE SEQUENCE app.order_ids AS bigint START WITH 1 NO CYCLE");
        int customers = indexOf(ddl, "CREATE TABLE app.\"Kunden Übersicht\"");
        int orders = indexOf(ddl, "CREATE TABLE app.orders");
        int key = indexOf(ddl, "ALTER TABLE app.\"Kunden Übersicht\" ADD CONSTRAINT kunde_order_fk FOREIGN KEY "
                + "(\"customerId\") REFERENCES app.orders (id)");
        int base = indexOf(ddl, "CREATE VIEW \"Reporting\".zz_base AS");
        int onTop = indexOf(ddl, "CREATE VIEW app.aa_on_top AS");
        assertThat(type).isLessThan(customers);
        assertThat(sequence).isLessThan(orders);
        assertThat(key).isGreaterThan(customers).isGreaterThan(orders);
        assertThat(base).as("a view comes after the view it reads").isLessThan(onTop);
    }

    @Test
    void postgresQuotesExactlyTheNamesThatNeedIt() {
        String table = new PostgresDdlRenderer().statements(postgres()).stream()
                .filter(s -> s.startsWith("CREATE TABLE app.\"Kunden Übersicht\"")).findFirst().orElseThrow();
        assertThat(table).contains("\n    id bigint NOT NULL,", "\n    \"Name \"\"Spitz\"\"\" text,",
                "\n    \"user\" text,", "\n    \"customerId\" bigint,",
                "CONSTRAINT \"Kunden Übersicht_pkey\" PRIMARY KEY (id)");
    }

    /** The privileges of a schema whose tables, function and type need quoting, on a role that needs it too. */
    private static Snapshot postgresWithPrivileges() {
        Table t = Table.builder("Kunden Übersicht").columns(List.of(Column.of("Name", "text"))).build();
        Routine f = new Routine("Touch", RoutineKind.FUNCTION, "amount numeric", "numeric", "sql",
                "CREATE OR REPLACE FUNCTION \"Reporting\".\"Touch\"(amount numeric)\n RETURNS numeric ...", null);
        Schema reporting = new Schema("Reporting", null, null, null, List.of(t), List.of(), List.of(),
                List.of(EnumType.of("mood", List.of("ok"))), List.of(f), List.of(
                new Privilege(PrivilegeTarget.SCHEMA, null, null, "Read Only", "USAGE", false, false),
                new Privilege(PrivilegeTarget.TABLE, "Kunden Übersicht", "Name", "Read Only", "SELECT", false, false),
                new Privilege(PrivilegeTarget.TABLE, "Kunden Übersicht", null, "writer", "INSERT", true, false),
                new Privilege(PrivilegeTarget.FUNCTION, "Touch(amount numeric)", null, Privilege.PUBLIC, "EXECUTE",
                        false, true),
                new Privilege(PrivilegeTarget.TYPE, "mood", null, "writer", "USAGE", true, true)));
        Schema pub = new Schema("public", null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Privilege(PrivilegeTarget.SCHEMA, null, null, Privilege.PUBLIC, "USAGE", false, true)));
        return Snapshot.of("reports", Engine.POSTGRESQL, List.of(reporting, pub));
    }

    @Test
    void postgresGrantsAndRevokesLastWithQuotedNames() {
        List<String> ddl = new PostgresDdlRenderer().statements(postgresWithPrivileges());
        List<String> privileges = ddl.stream().filter(s -> s.startsWith("GRANT ") || s.startsWith("REVOKE "))
                .toList();
        assertThat(privileges).containsExactly(
                "GRANT USAGE ON SCHEMA \"Reporting\" TO \"Read Only\"",
                "GRANT INSERT ON TABLE \"Reporting\".\"Kunden Übersicht\" TO writer WITH GRANT OPTION",
                "GRANT SELECT (\"Name\") ON TABLE \"Reporting\".\"Kunden Übersicht\" TO \"Read Only\"",
                "REVOKE EXECUTE ON FUNCTION \"Reporting\".\"Touch\"(amount numeric) FROM PUBLIC",
                "REVOKE GRANT OPTION FOR USAGE ON TYPE \"Reporting\".mood FROM writer",
                "REVOKE USAGE ON SCHEMA public FROM PUBLIC");
        assertThat(ddl.subList(ddl.size() - privileges.size(), ddl.size())).as("after every object")
                .isEqualTo(privileges);
    }

    @Test
    void postgresLeavesPrivilegesOutWhenAsked() {
        assertThat(new PostgresDdlRenderer(false).statements(postgresWithPrivileges()))
                .noneMatch(s -> s.startsWith("GRANT ") || s.startsWith("REVOKE "))
                .anyMatch(s -> s.startsWith("CREATE TABLE \"Reporting\".\"Kunden Übersicht\""));
        assertThat(DdlRenderer.forProduct(Engine.POSTGRESQL, null, false).statements(postgresWithPrivileges()))
                .noneMatch(s -> s.startsWith("GRANT "));
    }

    @Test
    void mysqlBackQuotesEverythingAndMovesViewBodiesToTheTargetDatabase() {
        Table t = Table.builder("Kunden `Übersicht`").columns(List.of(Column.of("a", "int(11)")))
                .indexes(List.of(Index.builder("a_idx").columns(List.of("a")).visible(false).build())).build();
        View v = View.builder("v").definition("select `shop`.`Kunden ``Übersicht```.`a` AS `a` from "
                + "`shop`.`Kunden ``Übersicht```").build();
        Snapshot snapshot = new Snapshot("inventory", Engine.MYSQL, ServerProduct.MYSQL, null, null, null,
                List.of(), List.of(new Schema("shop", List.of(t), List.of(v))));
        SchemaMapping mapping = SchemaMapping.of("shop", "shop_copy");

        List<String> mysql = DdlRenderer.forSnapshot(snapshot).statements(snapshot, mapping);
        assertThat(mysql).contains("CREATE VIEW `shop_copy`.`v` AS select `shop_copy`.`Kunden ``Übersicht```.`a` "
                + "AS `a` from `shop_copy`.`Kunden ``Übersicht```");
        assertThat(mysql.get(indexOf(mysql, "CREATE TABLE `shop_copy`.`Kunden ``Übersicht```")))
                .contains("KEY `a_idx` (`a`) INVISIBLE");

        List<String> mariaDb = DdlRenderer.forProduct(Engine.MYSQL, ServerProduct.MARIADB)
                .statements(snapshot, mapping);
        assertThat(mariaDb.get(indexOf(mariaDb, "CREATE TABLE `shop_copy`.`Kunden ``Übersicht```")))
                .contains("KEY `a_idx` (`a`) IGNORED");
    }

    @Test
    void mysqlGrantsLastOnTheTargetDatabaseToTheAccountAsPrinted() {
        Table t = Table.builder("orders").columns(List.of(Column.of("note", "text"))).build();
        Schema shop = new Schema("shop", null, null, null, List.of(t), List.of(), List.of(), List.of(), List.of(),
                List.of(new Privilege(PrivilegeTarget.SCHEMA, null, null, "'ops'@'%'", "LOCK TABLES", false, false),
                        new Privilege(PrivilegeTarget.TABLE, "orders", null, "'reader'@'10.%'", "SELECT", true, false),
                        new Privilege(PrivilegeTarget.TABLE, "orders", "note", "'reader'@'10.%'", "UPDATE", false,
                                false)));
        Snapshot snapshot = new Snapshot("shop", Engine.MYSQL, ServerProduct.MARIADB, null, null, null, List.of(),
                List.of(shop));
        List<String> ddl = DdlRenderer.forSnapshot(snapshot).statements(snapshot, SchemaMapping.of("shop", "copy"));
        assertThat(ddl.subList(ddl.size() - 3, ddl.size())).containsExactly(
                "GRANT LOCK TABLES ON `copy`.* TO 'ops'@'%'",
                "GRANT SELECT ON `copy`.`orders` TO 'reader'@'10.%' WITH GRANT OPTION",
                "GRANT UPDATE (`note`) ON `copy`.`orders` TO 'reader'@'10.%'");
        assertThat(DdlRenderer.forProduct(Engine.MYSQL, ServerProduct.MARIADB, false).statements(snapshot))
                .noneMatch(x -> x.startsWith("GRANT "));
    }

    @Test
    void mysqlRefusesSequencesThatOnlyMariaDbHas() {
        Schema shop = new Schema("shop", null, null, null, List.of(), List.of(),
                List.of(Sequence.builder("invoice_numbers").build()), List.of(), List.of());
        Snapshot snapshot = new Snapshot("billing", Engine.MYSQL, ServerProduct.MYSQL, null, null, null, List.of(),
                List.of(shop));
        assertThatThrownBy(() -> DdlRenderer.forSnapshot(snapshot).statements(snapshot))
                .hasMessage("sequence \"shop.invoice_numbers\": MySQL has no sequences; render this snapshot for "
                        + "MariaDB");
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
