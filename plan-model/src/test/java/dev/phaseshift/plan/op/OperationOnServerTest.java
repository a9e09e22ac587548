package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation on every real engine (PostgreSQL 15, MariaDB 10.11, the embedded PostgreSQL): the forward SQL
 * runs, introspection afterwards equals {@code applyTo} on the model read before, and the rollback SQL brings
 * the introspected schema back exactly. See {@link ComparableSchema} for what "equals" leaves out.
 */
class OperationOnServerTest {
    private static final String PG_FIXTURE = """
            CREATE TABLE customers (id bigint NOT NULL, email varchar(200) NOT NULL, name varchar(100),
              CONSTRAINT customers_pkey PRIMARY KEY (id));
            CREATE TABLE orders (id bigint NOT NULL, customer_id bigint, total numeric(12,2) NOT NULL,
              status varchar(20) DEFAULT 'new', note text, CONSTRAINT orders_pkey PRIMARY KEY (id),
              CONSTRAINT orders_total_ck CHECK (total >= 0));
            CREATE INDEX orders_status_idx ON orders (status);
            CREATE TABLE audit_log (id bigint NOT NULL, message text, CONSTRAINT audit_log_pkey PRIMARY KEY (id));
            CREATE VIEW open_orders AS SELECT id, total FROM orders WHERE status = 'new';
            INSERT INTO customers VALUES (1, 'a@example.com', 'Ann'), (2, 'b@example.com', 'Bob');
            INSERT INTO orders VALUES (1, 1, 10, 'new', NULL), (2, 2, 20, 'paid', NULL), (3, 1, 30, 'new', NULL),
              (4, 2, 40, 'new', NULL), (5, 1, 50, 'new', NULL);
            """;
    private static final String MYSQL_FIXTURE = """
            CREATE TABLE customers (id bigint NOT NULL, email varchar(200) NOT NULL, name varchar(100),
              PRIMARY KEY (id)) ENGINE=InnoDB;
            CREATE TABLE orders (id bigint NOT NULL, customer_id bigint, total decimal(12,2) NOT NULL,
              status varchar(20) DEFAULT 'new', note text, PRIMARY KEY (id),
              CONSTRAINT orders_total_ck CHECK (total >= 0)) ENGINE=InnoDB;
            CREATE INDEX orders_status_idx ON orders (status);
            CREATE TABLE audit_log (id bigint NOT NULL, message text, PRIMARY KEY (id)) ENGINE=InnoDB;
            CREATE VIEW open_orders AS SELECT id, total FROM orders WHERE status = 'new';
            INSERT INTO customers VALUES (1, 'a@example.com', 'Ann'), (2, 'b@example.com', 'Bob');
            INSERT INTO orders VALUES (1, 1, 10, 'new', NULL), (2, 2, 20, 'paid', NULL), (3, 1, 30, 'new', NULL),
              (4, 2, 40, 'new', NULL), (5, 1, 50, 'new', NULL);
            """;

    /** One operation to try, after optional setup operations that bring the database into shape. */
    record Case(String name, List<Operation> setup, Operation operation) {
    }

    static List<Case> cases(Engine engine) {
        boolean pg = engine == Engine.POSTGRESQL;
        CreateTrigger trigger = pg
                ? new CreateTrigger("customers_sync", "customers", "before", List.of("insert", "update"),
                "NEW.name := coalesce(NEW.name, NEW.email);")
                : new CreateTrigger("customers_sync", "customers", "before", List.of("insert"),
                "SET NEW.name = coalesce(NEW.name, NEW.email);");
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("create_table", List.of(), new CreateTable("shipments", List.of(
                new ColumnSpec("id", "bigint", false, null), ColumnSpec.of("order_id", "bigint"),
                new ColumnSpec("carrier", "varchar(40)", null, "'dhl'")), List.of("id"))));
        cases.add(new Case("drop_table", List.of(), new DropTable("audit_log")));
        cases.add(new Case("rename_table", List.of(), new RenameTable("audit_log", "audit_events")));
        cases.add(new Case("add_column", List.of(),
                new AddColumn("orders", new ColumnSpec("currency", "char(3)", false, "'EUR'"))));
        cases.add(new Case("drop_column", List.of(), new DropColumn("orders", "note")));
        cases.add(new Case("rename_column", List.of(), new RenameColumn("customers", "name", "full_name")));
        if (pg) {
            // on MySQL/MariaDB the view open_orders reading "total" would break: validation refuses it there
            cases.add(new Case("rename_column used by a check and a view", List.of(),
                    new RenameColumn("orders", "total", "amount")));
        }
        cases.add(new Case("alter_column_type", List.of(),
                new AlterColumnType("customers", "name", "varchar(150)", null)));
        cases.add(new Case("set_not_null", List.of(), new SetNotNull("customers", "name")));
        cases.add(new Case("drop_not_null", List.of(), new DropNotNull("customers", "email")));
        cases.add(new Case("set_default", List.of(), new SetDefault("orders", "status", "'open'")));
        cases.add(new Case("drop_default", List.of(), new DropDefault("orders", "status")));
        cases.add(new Case("create_index", List.of(),
                new CreateIndex("orders_customer_idx", "orders", List.of("customer_id"), null, null)));
        cases.add(new Case("drop_index", List.of(), new DropIndex("orders_status_idx", "orders")));
        cases.add(new Case("add_foreign_key", List.of(), new AddForeignKey("orders_customer_fk", "orders",
                List.of("customer_id"), "customers", List.of("id"), null)));
        cases.add(new Case("add_check", List.of(), new AddCheck("customers_email_ck", "customers", "email <> ''")));
        cases.add(new Case("add_unique", List.of(), new AddUnique("customers_email_uq", "customers", List.of("email"))));
        cases.add(new Case("drop_constraint", List.of(), new DropConstraint("orders_total_ck", "orders")));
        cases.add(new Case("create_view", List.of(),
                new CreateView("big_orders", "SELECT id, total FROM orders WHERE total > 100")));
        cases.add(new Case("replace_view", List.of(),
                new ReplaceView("open_orders", "SELECT id, total, status FROM orders WHERE status = 'new'")));
        cases.add(new Case("drop_view", List.of(), new DropView("open_orders")));
        cases.add(new Case("create_trigger", List.of(), trigger));
        cases.add(new Case("drop_trigger", List.of(trigger), new DropTrigger("customers_sync", "customers")));
        cases.add(new Case("backfill", List.of(), new Backfill("orders",
                pg ? "note = 'n' || id" : "note = concat('n', id)", "note IS NULL", 2, 0)));
        cases.add(new Case("sql", List.of(), new Sql("UPDATE orders SET note = 'x' WHERE id = 1",
                "UPDATE orders SET note = NULL WHERE id = 1")));
        cases.add(new Case("verify", List.of(), new Verify("SELECT count(*) = 5 FROM orders")));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> postgres() {
        return matrix("postgres", TestServers::postgres, PG_FIXTURE);
    }

    @TestFactory
    Stream<DynamicTest> embeddedPostgres() {
        return matrix("embedded postgres", TestServers::embeddedPostgres, PG_FIXTURE);
    }

    @TestFactory
    Stream<DynamicTest> mariadb() {
        return matrix("mariadb", TestServers::mysql, MYSQL_FIXTURE);
    }

    private Stream<DynamicTest> matrix(String label, Supplier<DatabaseServer> server, String fixture) {
        Engine engine = label.contains("postgres") ? Engine.POSTGRESQL : Engine.MYSQL;
        return cases(engine).stream().map(c -> DynamicTest.dynamicTest(label + " " + c.name(),
                () -> roundTrip(server.get(), fixture, c)));
    }

    private void roundTrip(DatabaseServer server, String fixture, Case c) throws Exception {
        try (TestDatabase db = server.createDatabase("plan_op")) {
            ServerRun.script(db, fixture);
            Dialect dialect = ServerRun.dialect(db);
            for (Operation setup : c.setup()) {
                ServerRun.run(db, setup.forwardSql(dialect, ServerRun.introspect(db)));
            }
            Snapshot before = ServerRun.introspect(db);
            List<Problem> problems = c.operation().validate(before);
            assertThat(problems).as("problems").noneMatch(Problem::isError);

            ServerRun.run(db, c.operation().forwardSql(dialect, before));
            Snapshot after = ServerRun.introspect(db);
            assertThat(ComparableSchema.of(after)).as("introspected after forward vs applyTo")
                    .isEqualTo(ComparableSchema.of(c.operation().applyTo(before)));

            ServerRun.run(db, c.operation().rollbackSql(dialect, before));
            Snapshot restored = ServerRun.introspect(db);
            assertThat(ComparableSchema.of(restored)).as("introspected after rollback vs before")
                    .isEqualTo(ComparableSchema.of(before));
        }
    }
}
