package dev.phaseshift.lock;

import dev.phaseshift.introspect.IntrospectionRequest;
import dev.phaseshift.introspect.Introspector;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lock model against real servers. PostgreSQL 15: each DDL form runs in session A (in an open transaction,
 * or, for CONCURRENTLY forms, while session C holds a row lock that makes it wait, or, for VACUUM FULL, which
 * runs in no transaction block, while C reads the table so that it queues for its lock), and session B reads A's
 * granted relation locks from {@code pg_locks}; the strongest per table must equal the prediction. DETACH
 * PARTITION CONCURRENTLY is not observed: while it waits for older transactions it holds no relation lock that
 * {@code pg_locks} shows, and its ACCESS EXCLUSIVE on the partition comes only at the end. MariaDB 10.11:
 * session A runs each ALTER on a 300 000-row table while session B inserts a row as soon as the process list
 * shows the ALTER copying or rebuilding the table; the insert either completes while the ALTER still runs
 * (writes pass) or waits until it ends (writes blocked), and that must equal the prediction. The predicted
 * algorithm is checked by running the statement with {@code alter_algorithm} set to it (or, for a predicted COPY,
 * by seeing the server refuse it under INPLACE). {@code LOCK TABLES} is checked by a second session's insert and
 * read running into {@code lock_wait_timeout}. The agreement table goes to {@code target/lock-agreement.md}.
 */
class LockAgreementTest {
    private static final long POLL_TIMEOUT_MS = 60_000;
    /** An insert that waited at least this long and returned only after the ALTER ended was blocked by it. */
    private static final long BLOCKED_MS = 100;
    private static final List<String> ROWS = new ArrayList<>();

    /**
     * One DDL form: what prepares it (committed), the statement observed, what undoes it (committed), and whether
     * it runs CONCURRENTLY (observed while it waits for a row lock) or outside any transaction block (observed
     * while it waits for its own table lock, see {@link #observeQueued}).
     */
    record Form(String name, String setup, String ddl, String cleanup, boolean concurrently, boolean queued) {
        static Form of(String name, String ddl) {
            return new Form(name, null, ddl, null, false, false);
        }

        Form setUp(String sql) {
            return new Form(name, sql, ddl, cleanup, concurrently, queued);
        }

        Form cleanUp(String sql) {
            return new Form(name, setup, ddl, sql, concurrently, queued);
        }

        Form concurrent() {
            return new Form(name, setup, ddl, cleanup, true, false);
        }

        Form queuedBehindAReader() {
            return new Form(name, setup, ddl, cleanup, false, true);
        }
    }

    private static final String PG_FIXTURE = """
            CREATE TABLE customers (id bigint PRIMARY KEY, name text);
            CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(12,2) NOT NULL DEFAULT 0,
              status varchar(20), note text, qty integer);
            INSERT INTO customers SELECT g, 'c' || g FROM generate_series(1, 1000) g;
            INSERT INTO orders SELECT g, 1 + g % 1000, g % 100, 'new', NULL, 1 FROM generate_series(1, 20000) g;
            CREATE INDEX orders_status_idx ON orders (status);
            CREATE TABLE audit (id bigint PRIMARY KEY);
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            ANALYZE
            """;

    static List<Form> postgresForms() {
        String fk = "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) "
                + "REFERENCES customers (id)";
        String dropFk = "ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_customer_fk";
        String check = "ALTER TABLE orders ADD CONSTRAINT orders_total_ck CHECK (total >= 0)";
        String dropCheck = "ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_total_ck";
        String trigger = "CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch()";
        String gifts = "CREATE TABLE gifts (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id))";
        String domainCheck = "ALTER DOMAIN positive_qty ADD CONSTRAINT positive_qty_ck CHECK (VALUE > 0)";
        return List.of(
                Form.of("ADD COLUMN nullable", "ALTER TABLE orders ADD COLUMN extra text"),
                Form.of("ADD COLUMN constant default", "ALTER TABLE orders ADD COLUMN extra integer DEFAULT 0"),
                Form.of("ADD COLUMN volatile default", "ALTER TABLE orders ADD COLUMN extra float8 DEFAULT random()"),
                Form.of("DROP COLUMN", "ALTER TABLE orders DROP COLUMN note"),
                Form.of("ALTER TYPE (rewrite)", "ALTER TABLE orders ALTER COLUMN qty TYPE bigint"),
                Form.of("ALTER TYPE (binary coercible)", "ALTER TABLE orders ALTER COLUMN status TYPE varchar(40)"),
                Form.of("SET NOT NULL (scan)", "ALTER TABLE orders ALTER COLUMN status SET NOT NULL"),
                Form.of("SET NOT NULL (validated check)", "ALTER TABLE orders ALTER COLUMN status SET NOT NULL")
                        .setUp("ALTER TABLE orders ADD CONSTRAINT status_nn CHECK (status IS NOT NULL)")
                        .cleanUp("ALTER TABLE orders DROP CONSTRAINT status_nn"),
                Form.of("DROP NOT NULL", "ALTER TABLE orders ALTER COLUMN total DROP NOT NULL"),
                Form.of("SET DEFAULT", "ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'open'"),
                Form.of("DROP DEFAULT", "ALTER TABLE orders ALTER COLUMN total DROP DEFAULT"),
                Form.of("ADD CHECK NOT VALID", check + " NOT VALID"),
                Form.of("ADD CHECK", check),
                Form.of("VALIDATE CHECK", "ALTER TABLE orders VALIDATE CONSTRAINT orders_total_ck")
                        .setUp(check + " NOT VALID").cleanUp(dropCheck),
                Form.of("DROP CONSTRAINT (check)", "ALTER TABLE orders DROP CONSTRAINT orders_total_ck")
                        .setUp(check).cleanUp(dropCheck),
                Form.of("ADD FOREIGN KEY NOT VALID", fk + " NOT VALID"),
                Form.of("ADD FOREIGN KEY", fk),
                Form.of("VALIDATE FOREIGN KEY", "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk")
                        .setUp(fk + " NOT VALID").cleanUp(dropFk),
                Form.of("DROP CONSTRAINT (foreign key)", "ALTER TABLE orders DROP CONSTRAINT orders_customer_fk")
                        .setUp(fk).cleanUp(dropFk),
                Form.of("ADD UNIQUE USING INDEX", "ALTER TABLE orders ADD CONSTRAINT orders_id_uq UNIQUE USING INDEX "
                        + "orders_id_uq").setUp("CREATE UNIQUE INDEX orders_id_uq ON orders (id)")
                        .cleanUp("DROP INDEX IF EXISTS orders_id_uq"),
                Form.of("ADD UNIQUE (builds index)", "ALTER TABLE orders ADD CONSTRAINT orders_id_uq2 UNIQUE (id)"),
                Form.of("RENAME COLUMN", "ALTER TABLE orders RENAME COLUMN note TO remark"),
                Form.of("RENAME TABLE", "ALTER TABLE audit RENAME TO audit_log"),
                Form.of("CREATE INDEX", "CREATE INDEX orders_total_idx ON orders (total)"),
                Form.of("CREATE INDEX CONCURRENTLY", "CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total)")
                        .cleanUp("DROP INDEX IF EXISTS orders_total_idx").concurrent(),
                Form.of("DROP INDEX", "DROP INDEX orders_status_idx"),
                Form.of("DROP INDEX CONCURRENTLY", "DROP INDEX CONCURRENTLY orders_status_idx")
                        .cleanUp("CREATE INDEX IF NOT EXISTS orders_status_idx ON orders (status)").concurrent(),
                Form.of("CREATE TRIGGER", trigger),
                Form.of("DROP TRIGGER", "DROP TRIGGER orders_touch ON orders").setUp(trigger)
                        .cleanUp("DROP TRIGGER IF EXISTS orders_touch ON orders"),
                Form.of("CREATE VIEW", "CREATE VIEW open_orders AS SELECT id FROM orders WHERE status = 'new'"),
                Form.of("CREATE TABLE with foreign key", gifts),
                Form.of("DROP TABLE", "DROP TABLE audit"),
                Form.of("DROP TABLE with foreign key", "DROP TABLE gifts").setUp(gifts)
                        .cleanUp("DROP TABLE IF EXISTS gifts"),
                Form.of("UPDATE", "UPDATE orders SET note = 'x' WHERE id <= 100"),
                Form.of("REINDEX TABLE", "REINDEX TABLE orders"),
                Form.of("REINDEX INDEX", "REINDEX INDEX orders_status_idx"),
                Form.of("REINDEX TABLE CONCURRENTLY", "REINDEX TABLE CONCURRENTLY orders").concurrent(),
                Form.of("REINDEX INDEX CONCURRENTLY", "REINDEX INDEX CONCURRENTLY orders_status_idx").concurrent(),
                Form.of("CLUSTER", "CLUSTER orders USING orders_pkey"),
                Form.of("VACUUM FULL", "VACUUM FULL orders").queuedBehindAReader(),
                Form.of("SET UNLOGGED", "ALTER TABLE audit SET UNLOGGED"),
                Form.of("SET LOGGED", "ALTER TABLE audit SET LOGGED").setUp("ALTER TABLE audit SET UNLOGGED")
                        .cleanUp("ALTER TABLE audit SET LOGGED"),
                Form.of("SET TABLESPACE", "ALTER TABLE orders SET TABLESPACE pg_default"),
                Form.of("LOCK TABLE (default mode)", "LOCK TABLE orders"),
                Form.of("LOCK TABLE IN ACCESS SHARE MODE", "LOCK TABLE orders IN ACCESS SHARE MODE"),
                Form.of("LOCK TABLE IN ROW SHARE MODE", "LOCK TABLE orders IN ROW SHARE MODE"),
                Form.of("LOCK TABLE IN ROW EXCLUSIVE MODE", "LOCK TABLE orders IN ROW EXCLUSIVE MODE"),
                Form.of("LOCK TABLE IN SHARE ROW EXCLUSIVE MODE", "LOCK TABLE orders IN SHARE ROW EXCLUSIVE MODE"),
                Form.of("LOCK TABLE IN SHARE UPDATE EXCLUSIVE MODE", "LOCK orders, customers IN SHARE UPDATE "
                        + "EXCLUSIVE MODE"),
                Form.of("LOCK TABLE IN SHARE MODE", "LOCK TABLE orders IN SHARE MODE NOWAIT"),
                Form.of("LOCK TABLE IN EXCLUSIVE MODE", "LOCK TABLE ONLY orders IN EXCLUSIVE MODE"),
                Form.of("TRUNCATE", "TRUNCATE audit"),
                Form.of("TRUNCATE CASCADE", "TRUNCATE customers CASCADE").setUp(fk + " NOT VALID")
                        .cleanUp(dropFk),
                Form.of("DETACH PARTITION", "ALTER TABLE events DETACH PARTITION events_2019").setUp(EVENTS)
                        .cleanUp(NO_EVENTS),
                Form.of("ALTER DOMAIN ADD CHECK", domainCheck).setUp(DOMAIN).cleanUp(NO_DOMAIN),
                Form.of("ALTER DOMAIN ADD CHECK NOT VALID", domainCheck + " NOT VALID").setUp(DOMAIN)
                        .cleanUp(NO_DOMAIN),
                Form.of("ALTER DOMAIN VALIDATE CONSTRAINT", "ALTER DOMAIN positive_qty VALIDATE CONSTRAINT "
                        + "positive_qty_ck").setUp(DOMAIN + "; " + domainCheck + " NOT VALID").cleanUp(NO_DOMAIN),
                Form.of("CREATE DOMAIN CHECK", "CREATE DOMAIN order_code AS text CHECK (VALUE ~ '^[A-Z]+$')"),
                Form.of("ALTER DOMAIN SET NOT NULL", "ALTER DOMAIN positive_qty SET NOT NULL").setUp(DOMAIN
                        + "; UPDATE orders SET reserved = 1; UPDATE customers SET credit = 1")
                        .cleanUp(NO_DOMAIN),
                Form.of("ENABLE TRIGGER", "ALTER TABLE orders DISABLE TRIGGER USER"),
                Form.of("SET storage parameter", "ALTER TABLE orders SET (fillfactor = 70)"),
                Form.of("RESET storage parameter", "ALTER TABLE orders RESET (fillfactor)"),
                Form.of("ALTER COLUMN SET STATISTICS", "ALTER TABLE orders ALTER COLUMN status SET STATISTICS 500"),
                Form.of("ADD COLUMN identity", "ALTER TABLE audit ADD COLUMN seq bigint GENERATED ALWAYS AS "
                        + "IDENTITY"),
                Form.of("several actions", "ALTER TABLE orders DISABLE TRIGGER USER, SET (fillfactor = 90), "
                        + "ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) "
                        + "NOT VALID"),
                Form.of("DROP TABLE (two)", "DROP TABLE audit, gifts").setUp(gifts)
                        .cleanUp("DROP TABLE IF EXISTS gifts"),
                Form.of("REFRESH MATERIALIZED VIEW", "REFRESH MATERIALIZED VIEW order_totals").setUp(MATVIEW)
                        .cleanUp(NO_MATVIEW),
                Form.of("REFRESH MATERIALIZED VIEW CONCURRENTLY", "REFRESH MATERIALIZED VIEW CONCURRENTLY "
                        + "order_totals").setUp(MATVIEW).cleanUp(NO_MATVIEW),
                Form.of("ALTER TYPE ADD VALUE", "ALTER TYPE order_state ADD VALUE IF NOT EXISTS 'held'")
                        .setUp(ENUM).cleanUp(NO_ENUM),
                Form.of("ALTER TYPE RENAME VALUE", "ALTER TYPE order_state RENAME VALUE 'new' TO 'created'")
                        .setUp(ENUM).cleanUp(NO_ENUM),
                Form.of("CREATE TABLE PARTITION OF", "CREATE TABLE events_2021 PARTITION OF events FOR VALUES FROM "
                        + "('2021-01-01') TO ('2022-01-01')").setUp(EVENTS).cleanUp(NO_EVENTS),
                Form.of("ATTACH PARTITION", "ALTER TABLE events ATTACH PARTITION events_2018 FOR VALUES FROM "
                        + "('2018-01-01') TO ('2019-01-01')").setUp(EVENTS + "; CREATE TABLE events_2018 (id bigint "
                        + "NOT NULL, at date NOT NULL)").cleanUp(NO_EVENTS + ", events_2018"),
                Form.of("CREATE TABLE AS", "CREATE TABLE orders_copy AS SELECT o.id, c.id AS customer FROM orders o "
                        + "JOIN customers c ON c.id = o.customer_id").cleanUp("DROP TABLE IF EXISTS orders_copy"),
                Form.of("CREATE TABLE LIKE", "CREATE TABLE orders_like (LIKE orders INCLUDING ALL)")
                        .cleanUp("DROP TABLE IF EXISTS orders_like"),
                Form.of("ADD COLUMN with inline CHECK", "ALTER TABLE orders ADD COLUMN rebate numeric CHECK "
                        + "(rebate >= 0)"),
                Form.of("ADD CHECK NOT VALID and VALIDATE in one statement", check + " NOT VALID, VALIDATE "
                        + "CONSTRAINT orders_total_ck"),
                Form.of("SET ACCESS METHOD", "ALTER TABLE audit SET ACCESS METHOD heap"),
                Form.of("SET WITHOUT CLUSTER", "ALTER TABLE orders SET WITHOUT CLUSTER"),
                Form.of("CLUSTER ON", "ALTER TABLE orders CLUSTER ON orders_pkey"),
                Form.of("CREATE POLICY", "CREATE POLICY orders_own ON orders USING (true)")
                        .cleanUp("DROP POLICY IF EXISTS orders_own ON orders"),
                Form.of("CREATE STATISTICS", "CREATE STATISTICS orders_stats ON status, total FROM orders")
                        .cleanUp("DROP STATISTICS IF EXISTS orders_stats"),
                Form.of("FORCE ROW LEVEL SECURITY", "ALTER TABLE orders FORCE ROW LEVEL SECURITY"),
                Form.of("NO FORCE ROW LEVEL SECURITY", "ALTER TABLE orders NO FORCE ROW LEVEL SECURITY"),
                Form.of("INHERIT", "ALTER TABLE orders INHERIT order_base").setUp("CREATE TABLE order_base (id "
                        + "bigint)").cleanUp("DROP TABLE order_base"),
                Form.of("NO INHERIT", "ALTER TABLE orders NO INHERIT order_base").setUp("CREATE TABLE order_base "
                        + "(id bigint); ALTER TABLE orders INHERIT order_base").cleanUp("ALTER TABLE orders NO "
                        + "INHERIT order_base; DROP TABLE order_base"),
                Form.of("OF type", "ALTER TABLE audit OF audit_row").setUp("CREATE TYPE audit_row AS (id bigint)")
                        .cleanUp("DROP TYPE audit_row"),
                Form.of("NOT OF", "ALTER TABLE audit NOT OF").setUp("CREATE TYPE audit_row AS (id bigint); "
                        + "ALTER TABLE audit OF audit_row").cleanUp("ALTER TABLE audit NOT OF; DROP TYPE audit_row"),
                Form.of("SET SCHEMA", "ALTER TABLE audit SET SCHEMA archive").setUp("CREATE SCHEMA archive")
                        .cleanUp("DROP SCHEMA archive"),
                Form.of("ALTER COLUMN RESTART (identity)", "ALTER TABLE audit ALTER COLUMN seq RESTART WITH 100")
                        .setUp("ALTER TABLE audit ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY")
                        .cleanUp("ALTER TABLE audit DROP COLUMN seq"),
                Form.of("ALTER COLUMN SET COMPRESSION", "ALTER TABLE orders ALTER COLUMN note SET COMPRESSION pglz"),
                Form.of("ALTER TRIGGER RENAME", "ALTER TRIGGER orders_touch ON orders RENAME TO orders_touch2")
                        .setUp(trigger).cleanUp("DROP TRIGGER IF EXISTS orders_touch ON orders"),
                Form.of("CREATE RULE", "CREATE RULE orders_keep AS ON DELETE TO orders DO INSTEAD NOTHING"),
                Form.of("DROP RULE", "DROP RULE orders_keep ON orders").setUp("CREATE RULE orders_keep AS ON "
                        + "DELETE TO orders DO INSTEAD NOTHING").cleanUp("DROP RULE IF EXISTS orders_keep ON orders"),
                Form.of("ALTER INDEX SET TABLESPACE", "ALTER INDEX orders_status_idx SET TABLESPACE pg_default"),
                Form.of("ALTER INDEX SET storage parameter", "ALTER INDEX orders_status_idx SET (fillfactor = 80)"),
                Form.of("ALTER FUNCTION RENAME", "ALTER FUNCTION touch() RENAME TO touch_row"),
                Form.of("CREATE TABLE (names) AS", "CREATE TABLE order_pairs (order_id, customer) AS SELECT id, "
                        + "customer_id FROM orders").cleanUp("DROP TABLE IF EXISTS order_pairs"),
                Form.of("CREATE PUBLICATION FOR TABLE", "CREATE PUBLICATION orders_out FOR TABLE orders, customers"),
                Form.of("ALTER PUBLICATION ADD TABLE", "ALTER PUBLICATION orders_out ADD TABLE orders")
                        .setUp("CREATE PUBLICATION orders_out").cleanUp("DROP PUBLICATION orders_out"),
                Form.of("DROP SCHEMA CASCADE", "DROP SCHEMA public CASCADE"));
    }

    /** An enum type one of the fixture's tables uses. */
    private static final String ENUM = "CREATE TYPE order_state AS ENUM ('new', 'paid'); ALTER TABLE orders ADD COLUMN "
            + "state order_state";
    private static final String NO_ENUM = "ALTER TABLE orders DROP COLUMN IF EXISTS state; DROP TYPE IF EXISTS "
            + "order_state";

    /** A materialized view over orders, through a plain view, with the unique index CONCURRENTLY needs. */
    private static final String MATVIEW = "CREATE VIEW paid_orders AS SELECT customer_id, total FROM orders WHERE "
            + "status = 'paid'; CREATE MATERIALIZED VIEW order_totals AS SELECT p.customer_id, sum(p.total) AS total "
            + "FROM paid_orders p JOIN customers c ON c.id = p.customer_id GROUP BY p.customer_id; "
            + "CREATE UNIQUE INDEX order_totals_customer ON order_totals (customer_id)";
    private static final String NO_MATVIEW = "DROP MATERIALIZED VIEW order_totals; DROP VIEW paid_orders";

    /** A domain that two of the fixture's tables use; the audit table does not. */
    private static final String DOMAIN = "CREATE DOMAIN positive_qty AS integer; ALTER TABLE orders ADD COLUMN "
            + "reserved positive_qty; ALTER TABLE customers ADD COLUMN credit positive_qty";
    private static final String NO_DOMAIN = "ALTER TABLE orders DROP COLUMN IF EXISTS reserved; ALTER TABLE customers "
            + "DROP COLUMN IF EXISTS credit; DROP DOMAIN IF EXISTS positive_qty";

    private static final String EVENTS = "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL) PARTITION BY "
            + "RANGE (at); CREATE TABLE events_2019 PARTITION OF events FOR VALUES FROM ('2019-01-01') TO "
            + "('2020-01-01'); CREATE TABLE events_2020 PARTITION OF events FOR VALUES FROM ('2020-01-01') TO "
            + "('2021-01-01'); INSERT INTO events VALUES (1, '2019-05-01'), (2, '2020-05-01')";
    private static final String NO_EVENTS = "DROP TABLE events, events_2019, events_2020";

    @Test
    void postgresLocksAgreeWithPgLocks() throws Exception {
        List<String> disagreements = new ArrayList<>();
        try (TestDatabase db = TestServers.postgres().createDatabase("lock_agreement");
             Connection a = db.connect(); Connection b = db.connect(); Connection c = db.connect()) {
            try (Statement s = a.createStatement()) {
                s.execute(PG_FIXTURE);
            }
            int pid = pid(a);
            ExecutorService runner = Executors.newSingleThreadExecutor();
            try {
                for (Form form : postgresForms()) {
                    run(a, form.setup());
                    Snapshot snapshot = introspect(a, Engine.POSTGRESQL, "public");
                    StatementLocks predicted = LockModel.statement(Dialect.of(snapshot), snapshot, form.ddl());
                    Map<String, LockLevel> expected = new TreeMap<>();
                    // an index the model locks (ALTER INDEX ... SET TABLESPACE) is observed too
                    Set<String> indexes = new TreeSet<>();
                    for (TableLock lock : predicted.locks()) {
                        String table = bare(lock.table());
                        boolean index = SchemaEdit.tableOfIndex(snapshot, table).isPresent();
                        if (index) {
                            indexes.add(table);
                        }
                        // a table the statement creates is invisible to other sessions until it commits
                        if (index || snapshot.table("public", table).isPresent()
                                || snapshot.view("public", table).isPresent()) {
                            expected.put(table, LockLevel.valueOf(lock.mode().replace(' ', '_')));
                        }
                    }
                    Map<String, LockLevel> observed = form.concurrently()
                            ? observeWaiting(runner, a, b, c, pid, form.ddl())
                            : form.queued() ? observeQueued(runner, a, b, c, pid, form.ddl())
                            : observeInTransaction(a, b, pid, form.ddl(), indexes);
                    boolean agree = expected.equals(observed);
                    record(form.name(), "postgresql 15", levels(expected), levels(observed), agree);
                    if (!agree) {
                        disagreements.add(form.name() + ": predicted " + expected + ", observed " + observed);
                    }
                    run(a, form.cleanup());
                }
            } finally {
                runner.shutdownNow();
            }
        }
        assertThat(postgresForms()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(disagreements).isEmpty();
    }

    private static Map<String, LockLevel> observeInTransaction(Connection a, Connection b, int pid, String ddl,
                                                               Set<String> indexes) throws SQLException {
        a.setAutoCommit(false);
        try (Statement s = a.createStatement()) {
            s.execute(ddl);
            return locks(b, pid, true, indexes);
        } finally {
            a.rollback();
            a.setAutoCommit(true);
        }
    }

    /** C holds a row lock on orders, so a CONCURRENTLY statement waits for it after taking its table lock. */
    private static Map<String, LockLevel> observeWaiting(ExecutorService runner, Connection a, Connection b,
                                                         Connection c, int pid, String ddl) throws Exception {
        c.setAutoCommit(false);
        Future<?> done;
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE orders SET note = note WHERE id = 1");
            done = runner.submit(() -> {
                try (Statement run = a.createStatement()) {
                    run.execute(ddl);
                }
                return null;
            });
            long deadline = System.currentTimeMillis() + POLL_TIMEOUT_MS;
            while (!waiting(b, pid)) {
                if (System.currentTimeMillis() > deadline || done.isDone()) {
                    throw new AssertionError("\"" + ddl + "\" never waited for the row lock");
                }
                Thread.onSpinWait();
            }
            return granted(b, pid);
        } finally {
            c.commit();
            c.setAutoCommit(true);
        }
    }

    /**
     * For a statement that cannot run in a transaction block and holds nothing before its table lock (VACUUM
     * FULL): C reads every table of the fixture in an open transaction, so a statement that needs a lock that
     * conflicts with ACCESS SHARE queues; what it has been granted and what it waits for is its lock. C then
     * commits and the statement runs to its end.
     */
    private static Map<String, LockLevel> observeQueued(ExecutorService runner, Connection a, Connection b,
                                                        Connection c, int pid, String ddl) throws Exception {
        c.setAutoCommit(false);
        Future<?> done;
        try (Statement s = c.createStatement()) {
            s.execute("SELECT count(*) FROM orders, customers, audit WHERE false");
            done = runner.submit(() -> {
                try (Statement run = a.createStatement()) {
                    run.execute(ddl);
                }
                return null;
            });
            long deadline = System.currentTimeMillis() + POLL_TIMEOUT_MS;
            while (!waiting(b, pid)) {
                if (System.currentTimeMillis() > deadline || done.isDone()) {
                    throw new AssertionError("\"" + ddl + "\" never queued behind the reader");
                }
                Thread.onSpinWait();
            }
            Map<String, LockLevel> seen = locks(b, pid, false);
            c.commit();
            done.get(POLL_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            return seen;
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private static boolean waiting(Connection b, int pid) throws SQLException {
        try (PreparedStatement s = b.prepareStatement("SELECT count(*) FROM pg_locks WHERE pid = ? AND NOT granted")) {
            s.setInt(1, pid);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1) > 0;
            }
        }
    }

    private static Map<String, LockLevel> granted(Connection b, int pid) throws SQLException {
        return locks(b, pid, true, Set.of());
    }

    private static Map<String, LockLevel> locks(Connection b, int pid, boolean grantedOnly) throws SQLException {
        return locks(b, pid, grantedOnly, Set.of());
    }

    /**
     * The strongest relation lock per table of {@code pid} (and per index of {@code indexes}): granted ones, or also
     * those it waits for.
     */
    private static Map<String, LockLevel> locks(Connection b, int pid, boolean grantedOnly, Set<String> indexes)
            throws SQLException {
        Map<String, LockLevel> out = new TreeMap<>();
        try (PreparedStatement s = b.prepareStatement("SELECT c.relname, l.mode FROM pg_locks l "
                + "JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE l.pid = ? AND l.locktype = 'relation' AND (l.granted OR NOT ?) AND n.nspname = 'public' "
                + "AND (c.relkind IN ('r', 'p', 'v', 'm') OR c.relname = ANY (?))")) {
            s.setInt(1, pid);
            s.setBoolean(2, grantedOnly);
            s.setArray(3, b.createArrayOf("text", indexes.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    LockLevel level = LockLevel.fromPgLocks(r.getString(2));
                    out.merge(r.getString(1), level, (x, y) -> x.compareTo(y) >= 0 ? x : y);
                }
            }
        }
        return out;
    }

    private static int pid(Connection a) throws SQLException {
        try (Statement s = a.createStatement(); ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
            r.next();
            return r.getInt(1);
        }
    }

    static List<Form> mariadbForms() {
        return List.of(
                Form.of("ADD COLUMN at the end", "ALTER TABLE items ADD COLUMN c1 int NULL"),
                Form.of("ADD COLUMN in the middle", "ALTER TABLE items ADD COLUMN c2 int NULL AFTER id"),
                Form.of("DROP COLUMN", "ALTER TABLE items DROP COLUMN c1"),
                Form.of("ALTER COLUMN SET DEFAULT", "ALTER TABLE items ALTER COLUMN status SET DEFAULT 'paid'"),
                Form.of("RENAME COLUMN", "ALTER TABLE items RENAME COLUMN c2 TO c3"),
                Form.of("ENUM append", "ALTER TABLE items MODIFY status enum('new','paid','sent','lost') NOT NULL "
                        + "DEFAULT 'paid'"),
                Form.of("ADD INDEX ALGORITHM=INPLACE LOCK=NONE", "ALTER TABLE items ADD INDEX items_qty_idx (qty), "
                        + "ALGORITHM=INPLACE, LOCK=NONE"),
                Form.of("DROP INDEX", "DROP INDEX items_qty_idx ON items"),
                Form.of("MODIFY to NOT NULL (rebuild)", "ALTER TABLE items MODIFY name varchar(50) NOT NULL"),
                Form.of("MODIFY varchar growth", "ALTER TABLE items MODIFY name varchar(60) NOT NULL"),
                Form.of("ADD INDEX LOCK=SHARED", "ALTER TABLE items ADD INDEX items_parent_idx (parent_id), "
                        + "LOCK=SHARED"),
                Form.of("MODIFY type int to bigint", "ALTER TABLE items MODIFY qty bigint NOT NULL"),
                Form.of("ENUM reorder", "ALTER TABLE items MODIFY status enum('paid','new','sent','lost') NOT NULL "
                        + "DEFAULT 'paid'"),
                Form.of("ADD FOREIGN KEY", "ALTER TABLE items ADD CONSTRAINT items_parent_fk FOREIGN KEY (parent_id) "
                        + "REFERENCES parents (id)"),
                Form.of("ADD CHECK", "ALTER TABLE items ADD CONSTRAINT items_qty_ck CHECK (qty >= 0)"),
                Form.of("DROP and ADD PRIMARY KEY", "ALTER TABLE items DROP PRIMARY KEY, ADD PRIMARY KEY (id, parent_id)"),
                Form.of("ADD COLUMN with inline REFERENCES", "ALTER TABLE items ADD COLUMN parent2_id bigint NULL "
                        + "REFERENCES parents (id)"),
                Form.of("ADD COLUMN ALGORITHM=COPY", "ALTER TABLE items ADD COLUMN c4 int NULL, ALGORITHM=COPY"),
                Form.of("CREATE TRIGGER", "CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW "
                        + "SET NEW.qty = NEW.qty"),
                // mysql's DROP TRIGGER names no table: the model finds it in the snapshot taken after the set-up
                Form.of("DROP TRIGGER", "DROP TRIGGER IF EXISTS items_touch2").setUp("CREATE TRIGGER items_touch2 "
                        + "BEFORE INSERT ON items FOR EACH ROW SET NEW.qty = NEW.qty"),
                Form.of("ADD PRIMARY KEY", "ALTER TABLE nopk ADD PRIMARY KEY (id)"),
                Form.of("RENAME TABLE", "RENAME TABLE spare TO spare_old").setUp(SPARE)
                        .cleanUp("DROP TABLE spare_old"),
                Form.of("TRUNCATE", "TRUNCATE TABLE spare").setUp(SPARE).cleanUp("DROP TABLE spare"),
                Form.of("DROP TABLE", "DROP TABLE spare").setUp(SPARE),
                Form.of("ADD FULLTEXT INDEX", "ALTER TABLE docs ADD FULLTEXT INDEX docs_pad_ft (pad)").setUp(DOCS)
                        .cleanUp("DROP TABLE docs"),
                Form.of("CREATE SPATIAL INDEX", "CREATE SPATIAL INDEX places_pos_sp ON places (pos)").setUp(PLACES)
                        .cleanUp("DROP TABLE places"),
                Form.of("ROW_FORMAT=COMPACT", "ALTER TABLE docs ROW_FORMAT=COMPACT").setUp(DOCS)
                        .cleanUp("DROP TABLE docs"),
                Form.of("OPTIMIZE TABLE", "OPTIMIZE TABLE docs").setUp(DOCS).cleanUp("DROP TABLE docs"),
                // MariaDB refuses ALGORITHM/LOCK for partition actions (error 1846), so the model gives these
                // no algorithm, only the metadata lock for the moment their files are dropped, emptied or added;
                // MySQL 8.0's manual says INPLACE with concurrent DML for the same three
                Form.of("DROP PARTITION", "ALTER TABLE logs DROP PARTITION p0").setUp(LOGS)
                        .cleanUp("DROP TABLE logs"),
                Form.of("TRUNCATE PARTITION", "ALTER TABLE logs TRUNCATE PARTITION p1").setUp(LOGS)
                        .cleanUp("DROP TABLE logs"),
                Form.of("ADD PARTITION (RANGE)", "ALTER TABLE logs ADD PARTITION (PARTITION p3 VALUES LESS THAN "
                        + "(3000000))").setUp(LOGS.replace("MAXVALUE", "(2000000)")).cleanUp("DROP TABLE logs"),
                // REORGANIZE PARTITION is not probed: it shows only the "setup" state while it copies, which the
                // probe cannot tell from a statement that has not started. By hand on MariaDB 10.11.19 (1.8 M rows):
                // an insert waited 11 s until it ended while a read passed at once, as LOCK=SHARED predicts
                Form.of("REMOVE PARTITIONING", "ALTER TABLE logs REMOVE PARTITIONING").setUp(LOGS)
                        .cleanUp("DROP TABLE logs"),
                // MariaDB 10.11 always validates: it reads every row of spare ("Verifying data with partition")
                // while an insert into logs waits, then swaps the files; WITHOUT VALIDATION is MySQL's (8.0) and
                // MariaDB 11.4's
                Form.of("EXCHANGE PARTITION", "ALTER TABLE logs EXCHANGE PARTITION p0 WITH TABLE spare")
                        .setUp(EXCHANGED).cleanUp("DROP TABLE logs, spare"),
                Form.of("DISCARD TABLESPACE", "ALTER TABLE spare DISCARD TABLESPACE").setUp(SPARE)
                        .cleanUp("DROP TABLE spare"),
                // REBUILD PARTITION is not probed: like REORGANIZE it shows only "setup" while it copies. By hand on
                // MariaDB 10.11.19 (3 M rows, 1 M a partition): an insert waited 2.4 s until it ended while a read
                // passed at once, as LOCK=SHARED predicts
                Form.of("OPTIMIZE PARTITION (the whole table)", "ALTER TABLE logs OPTIMIZE PARTITION p1").setUp(LOGS)
                        .cleanUp("DROP TABLE logs"),
                Form.of("CHECK PARTITION", "ALTER TABLE logs CHECK PARTITION ALL").setUp(LOGS)
                        .cleanUp("DROP TABLE logs"),
                // CHECK TABLE and REPAIR TABLE show only "Executing", which the probe does not wait for. By hand on
                // MariaDB 10.11.19: an insert passed during CHECK TABLE and CHECKSUM TABLE; REPAIR TABLE of a plain
                // InnoDB table does nothing ("doesn't support repair"), of a partitioned one (3 M rows) it made an
                // insert and a read wait 1 s until it ended, as the model's held metadata lock predicts
                Form.of("CHECK TABLE", "CHECK TABLE docs").setUp(DOCS).cleanUp("DROP TABLE docs"),
                Form.of("OPTIMIZE TABLE of two tables", "OPTIMIZE TABLE docs, spare").setUp(DOCS + "; " + SPARE)
                        .cleanUp("DROP TABLE docs, spare"),
                Form.of("CREATE EVENT", "CREATE EVENT purge_items ON SCHEDULE EVERY 1 DAY DISABLE DO DELETE FROM "
                        + "items WHERE qty < 0").cleanUp("DROP EVENT purge_items"),
                Form.of("ALTER VIEW", "ALTER VIEW item_names AS SELECT id, name, qty FROM items")
                        .setUp("CREATE VIEW item_names AS SELECT id, name FROM items").cleanUp("DROP VIEW item_names"));
    }

    /**
     * {@link #LOGS} with a first partition wide enough for a million rows of {@code spare} (ids from 2 000 001), to
     * exchange it with: the probe's inserts into logs (ids from 1 000 000) fit the partition and meet no id of spare.
     */
    private static final String EXCHANGED = "CREATE TABLE logs (id bigint NOT NULL PRIMARY KEY, pad varchar(200) NOT "
            + "NULL) ENGINE=InnoDB PARTITION BY RANGE (id) (PARTITION p0 VALUES LESS THAN (5000000), PARTITION p1 "
            + "VALUES LESS THAN MAXVALUE); CREATE TABLE spare (id bigint NOT NULL PRIMARY KEY, pad varchar(200) NOT "
            + "NULL) ENGINE=InnoDB; INSERT INTO spare SELECT 2000000 + seq, repeat('x', 200) FROM seq_1_to_1000000";

    /** A 300 000-row table for the index and rebuild forms, so that the probe's table keeps its shape. */
    private static final String DOCS = "CREATE TABLE docs (id bigint NOT NULL PRIMARY KEY, pad varchar(200) NOT NULL) "
            + "ENGINE=InnoDB SELECT seq AS id, repeat('x', 200) AS pad FROM seq_1_to_300000";
    /** A 300 000-row table with a point column, for SPATIAL. */
    private static final String PLACES = "CREATE TABLE places (id bigint NOT NULL PRIMARY KEY, pos point NOT NULL, "
            + "pad varchar(200) NOT NULL) ENGINE=InnoDB SELECT seq AS id, point(seq % 1000, seq / 1000) AS pos, "
            + "repeat('x', 200) AS pad FROM seq_1_to_300000";
    /**
     * A 300 000-row table partitioned by range of id, 100 000 rows a partition, for the partition forms; filled by
     * a second statement, as MariaDB 10.11 drops the partitioning of a {@code CREATE TABLE ... SELECT}.
     */
    private static final String LOGS = "CREATE TABLE logs (id bigint NOT NULL PRIMARY KEY, pad varchar(200) NOT NULL) "
            + "ENGINE=InnoDB PARTITION BY RANGE (id) (PARTITION p0 VALUES LESS THAN (100000), PARTITION p1 VALUES "
            + "LESS THAN (200000), PARTITION p2 VALUES LESS THAN MAXVALUE); INSERT INTO logs SELECT seq, "
            + "repeat('x', 200) FROM seq_1_to_300000";

    /** The table whose writes the probe tries: the one the form changes, when it is one of the spare tables. */
    private static String probeTable(String ddl) {
        for (String spare : List.of("nopk", "docs", "places", "logs")) {
            if (ddl.matches("(?s).*\\b" + spare + "\\b.*")) {
                return spare;
            }
        }
        return "items";
    }

    /** A table the destructive forms rename, empty or drop, so that the probe's table keeps its rows. */
    private static final String SPARE = "CREATE TABLE spare ENGINE=InnoDB AS SELECT seq AS id, repeat('x', 200) AS pad "
            + "FROM seq_1_to_300000";

    @Test
    void mariadbWriteBlockingAgreesWithAConcurrentInsert() throws Exception {
        List<String> disagreements = new ArrayList<>();
        try (TestDatabase db = TestServers.mysql().createDatabase("lock_agreement");
             Connection a = db.connect(); Connection b = db.connect()) {
            run(a, "CREATE TABLE parents (id bigint PRIMARY KEY) ENGINE=InnoDB");
            run(a, "INSERT INTO parents SELECT seq FROM seq_1_to_100");
            run(a, "CREATE TABLE items (id bigint NOT NULL PRIMARY KEY, parent_id bigint NOT NULL, qty int NOT NULL, "
                    + "status enum('new','paid','sent') NOT NULL DEFAULT 'new', name varchar(50) NULL, "
                    + "pad varchar(200) NOT NULL) ENGINE=InnoDB");
            run(a, "INSERT INTO items SELECT seq, 1 + seq % 100, seq % 7, 'new', concat('n', seq), repeat('x', 200) "
                    + "FROM seq_1_to_300000");
            run(a, "CREATE TABLE nopk (id bigint NOT NULL, pad varchar(200) NOT NULL) ENGINE=InnoDB");
            run(a, "INSERT INTO nopk SELECT seq, repeat('x', 200) FROM seq_1_to_300000");
            run(a, "ANALYZE TABLE items, nopk");
            run(b, "SET SESSION lock_wait_timeout = 300");
            int connectionId = connectionId(a);
            ExecutorService runner = Executors.newSingleThreadExecutor();
            try {
                long probeId = 1_000_000;
                for (Form form : mariadbForms()) {
                    for (String setup : form.setup() == null ? new String[0] : form.setup().split(";\\s*")) {
                        run(a, setup);
                    }
                    Snapshot snapshot = introspect(a, Engine.MYSQL, db.name());
                    StatementLocks predicted = LockModel.statement(Dialect.of(snapshot), snapshot, form.ddl());
                    String table = probeTable(form.ddl());
                    String insert = table.equals("items")
                            ? "INSERT INTO items (id, parent_id, qty, name, pad) VALUES (" + probeId + ", 1, 1, 'p', 'p')"
                            : table.equals("places") ? "INSERT INTO places (id, pos, pad) VALUES (" + probeId
                            + ", point(1, 1), 'p')" : "INSERT INTO " + table + " (id, pad) VALUES (" + probeId + ", 'p')";
                    probeId++;
                    String algorithm = algorithmCheck(a, predicted.algorithm(), form.ddl());
                    Probe probe;
                    try {
                        probe = probe(runner, a, b, connectionId, form.ddl(), insert);
                    } catch (ExecutionException e) {
                        // the server refused the algorithm the model predicted
                        probe = new Probe(!predicted.blocksWrites(), "server refused: " + e.getCause().getMessage());
                        algorithm = "NOT accepted";
                    } finally {
                        run(a, "SET SESSION alter_algorithm = DEFAULT");
                    }
                    boolean agree = predicted.understood() && predicted.blocksWrites() == probe.blocked()
                            && !algorithm.startsWith("NOT");
                    String expected = predicted.locks().isEmpty() ? predicted.summary()
                            : predicted.locks().get(0).mode() + (predicted.blocksWrites() ? ": blocks writes"
                            : ": writes pass");
                    record(form.name(), "mariadb " + Dialect.of(snapshot).major() + "." + Dialect.of(snapshot).minor(),
                            expected, algorithm + "; " + probe.description(), agree);
                    if (!agree) {
                        disagreements.add(form.name() + ": predicted " + expected + ", observed " + algorithm + "; "
                                + probe.description());
                    }
                    run(a, form.cleanup());
                }
            } finally {
                runner.shutdownNow();
            }
        }
        assertThat(mariadbForms()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(disagreements).isEmpty();
    }

    /**
     * MariaDB {@code LOCK TABLES}: while session A holds the lock, session B's insert (and read) either gets through
     * or runs into {@code lock_wait_timeout}, and that must equal what the model says the lock blocks.
     */
    @Test
    void mariadbLockTablesBlocksWhatTheModelSays() throws Exception {
        List<String> disagreements = new ArrayList<>();
        try (TestDatabase db = TestServers.mysql().createDatabase("lock_tables");
             Connection a = db.connect(); Connection b = db.connect()) {
            run(a, "CREATE TABLE items (id bigint NOT NULL PRIMARY KEY, name varchar(20)) ENGINE=InnoDB");
            run(a, "INSERT INTO items VALUES (1, 'a')");
            run(b, "SET SESSION lock_wait_timeout = 1");
            int probeId = 100;
            for (String statement : List.of("LOCK TABLES items READ", "LOCK TABLES items WRITE",
                    "LOCK TABLES items AS i READ LOCAL")) {
                Snapshot snapshot = introspect(a, Engine.MYSQL, db.name());
                StatementLocks predicted = LockModel.statement(Dialect.of(snapshot), snapshot, statement);
                boolean writesWait;
                boolean readsWait;
                try {
                    run(a, statement);
                    writesWait = waits(b, "INSERT INTO items VALUES (" + probeId++ + ", 'b')");
                    readsWait = waits(b, "SELECT count(*) FROM items");
                } finally {
                    run(a, "UNLOCK TABLES");
                }
                boolean agree = predicted.understood() && predicted.locks().size() == 1
                        && predicted.locks().get(0).blocksWrites() == writesWait
                        && predicted.locks().get(0).blocksReads() == readsWait;
                String observed = (writesWait ? "writes wait" : "writes pass") + ", "
                        + (readsWait ? "reads wait" : "reads pass");
                // the test database's name is new on every run: the table says "items"
                record(statement, "mariadb " + Dialect.of(snapshot).major() + "." + Dialect.of(snapshot).minor(),
                        predicted.summary().replace(db.name() + ".", ""), observed, agree);
                if (!agree) {
                    disagreements.add(statement + ": predicted " + predicted.summary() + ", observed " + observed);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** Whether {@code sql} runs into the session's lock_wait_timeout. */
    private static boolean waits(Connection b, String sql) throws SQLException {
        try {
            run(b, sql);
            return false;
        } catch (SQLException e) {
            if (e.getErrorCode() == 1205) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Checks the predicted algorithm with the server itself: {@code alter_algorithm} makes MariaDB refuse a
     * statement that needs a costlier algorithm than the one set. A predicted COPY must be refused under INPLACE
     * (nothing changes); any other prediction is set for the real run, which must then succeed. A statement with
     * its own ALGORITHM clause is left as it is.
     */
    private static String algorithmCheck(Connection a, MysqlAlgorithm predicted, String ddl) throws SQLException {
        if (predicted == null) {
            return "no algorithm (not an ALTER)";
        }
        if (ddl.toUpperCase().contains("ALGORITHM=")) {
            return "ALGORITHM clause in the statement";
        }
        if (predicted == MysqlAlgorithm.COPY) {
            run(a, "SET SESSION alter_algorithm = 'INPLACE'");
            try {
                run(a, ddl);
                return "NOT refused under INPLACE";
            } catch (SQLException expected) {
                return "refused under INPLACE";
            } finally {
                run(a, "SET SESSION alter_algorithm = DEFAULT");
            }
        }
        run(a, "SET SESSION alter_algorithm = '" + predicted + "'");
        return "accepted under " + predicted;
    }

    /** What the concurrent insert saw. */
    record Probe(boolean blocked, String description) {
    }

    private static Probe probe(ExecutorService runner, Connection a, Connection b, int connectionId, String ddl,
                               String insert) throws Exception {
        long start = System.nanoTime();
        Future<Long> alter = runner.submit(() -> {
            try (Statement s = a.createStatement()) {
                s.execute(ddl);
            }
            return System.nanoTime();
        });
        long deadline = System.currentTimeMillis() + POLL_TIMEOUT_MS;
        boolean seen = false;
        while (!alter.isDone() && !(seen = working(b, connectionId))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("\"" + ddl + "\" never showed in the process list");
            }
        }
        if (!seen) {
            long took = (alter.get() - start) / 1_000_000;
            run(b, insert);
            return new Probe(false, "statement done in " + took + " ms without a copy or rebuild phase to probe");
        }
        long before = System.nanoTime();
        run(b, insert);
        long waited = (System.nanoTime() - before) / 1_000_000;
        boolean stillRunning = running(b, connectionId);
        long ended = alter.get(POLL_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        long took = (ended - start) / 1_000_000;
        if (stillRunning) {
            return new Probe(false, "insert done in " + waited + " ms while the ALTER ran (" + took + " ms)");
        }
        boolean blocked = waited >= BLOCKED_MS;
        return new Probe(blocked, blocked ? "insert waited " + waited + " ms until the ALTER ended (" + took + " ms)"
                : "insert waited " + waited + " ms for the metadata lock (ALTER " + took + " ms)");
    }

    /**
     * Whether the statement is past its setup, in the phase that copies or rebuilds the table and holds the lock
     * that decides whether writers pass (MariaDB shows {@code copy to tmp table} or {@code altering table}, and
     * {@code Verifying data with partition} while EXCHANGE PARTITION reads the other table's rows).
     */
    private static boolean working(Connection b, int connectionId) throws SQLException {
        try (PreparedStatement s = b.prepareStatement("SELECT count(*) FROM information_schema.PROCESSLIST "
                + "WHERE ID = ? AND INFO IS NOT NULL AND (STATE IN ('copy to tmp table', 'altering table', "
                + "'Verifying data with partition') OR STATE LIKE '%keys%')")) {
            s.setInt(1, connectionId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1) > 0;
            }
        }
    }

    private static boolean running(Connection b, int connectionId) throws SQLException {
        try (PreparedStatement s = b.prepareStatement(
                "SELECT count(*) FROM information_schema.PROCESSLIST WHERE ID = ? AND INFO IS NOT NULL")) {
            s.setInt(1, connectionId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1) > 0;
            }
        }
    }

    private static int connectionId(Connection a) throws SQLException {
        try (Statement s = a.createStatement(); ResultSet r = s.executeQuery("SELECT CONNECTION_ID()")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static void run(Connection c, String sql) throws SQLException {
        if (sql == null) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * A statement that asks for an ALGORITHM or LOCK weaker than its change needs is refused by MariaDB 10.11 exactly
     * when the model says so, and one that asks for as much as it needs (or more) runs.
     */
    @Test
    void mariadbRefusesExactlyWhatTheModelSaysItRefuses() throws Exception {
        try (TestDatabase db = TestServers.mysql().createDatabase("lock_refusal"); Connection a = db.connect()) {
            run(a, "CREATE TABLE items (id bigint NOT NULL PRIMARY KEY, qty int NOT NULL, name varchar(50) NULL, "
                    + "body text NULL) ENGINE=InnoDB");
            run(a, "INSERT INTO items SELECT seq, seq % 7, concat('n', seq), 'b' FROM seq_1_to_1000");
            Map<String, Boolean> forms = new java.util.LinkedHashMap<>();
            forms.put("ALTER TABLE items MODIFY qty bigint NOT NULL, ALGORITHM=INPLACE", true);
            forms.put("ALTER TABLE items MODIFY qty bigint NOT NULL, ALGORITHM=INSTANT", true);
            forms.put("ALTER TABLE items ADD FULLTEXT INDEX items_body_ft (body), LOCK=NONE", true);
            forms.put("ALTER TABLE items ADD COLUMN c1 int NULL, ALGORITHM=COPY, LOCK=NONE", true);
            forms.put("ALTER TABLE items ADD COLUMN c2 int NULL, ALGORITHM=INSTANT", false);
            forms.put("ALTER TABLE items ADD INDEX items_qty_idx (qty), ALGORITHM=INPLACE, LOCK=SHARED", false);
            List<String> disagreements = new ArrayList<>();
            for (Map.Entry<String, Boolean> form : forms.entrySet()) {
                Snapshot snapshot = introspect(a, Engine.MYSQL, db.name());
                boolean predicted = LockModel.statement(Dialect.of(snapshot), snapshot, form.getKey()).effect()
                        == Effect.REFUSED;
                boolean refused;
                try (Statement st = a.createStatement()) {
                    st.execute(form.getKey());
                    refused = false;
                } catch (SQLException e) {
                    refused = true;
                }
                if (predicted != refused || predicted != form.getValue()) {
                    disagreements.add(form.getKey() + ": predicted refused " + predicted + ", refused " + refused);
                }
            }
            assertThat(disagreements).isEmpty();
        }
    }

    private static Snapshot introspect(Connection c, Engine engine, String schema) throws Exception {
        return Introspector.forEngine(engine).introspect(c, IntrospectionRequest.of("svc")
                .withSchemas(List.of(schema), List.of()));
    }

    private static String bare(String table) {
        return table.substring(table.lastIndexOf('.') + 1);
    }

    private static String levels(Map<String, LockLevel> locks) {
        List<String> out = new ArrayList<>();
        locks.forEach((t, l) -> out.add(l.sqlName() + " on " + t));
        return out.isEmpty() ? "none" : String.join(", ", out);
    }

    private static synchronized void record(String form, String engine, String predicted, String observed,
                                            boolean agree) {
        ROWS.add("| " + form + " | " + engine + " | " + predicted + " | " + observed + " | " + (agree ? "yes" : "NO")
                + " |");
    }

    @AfterAll
    static void writeTable() throws IOException {
        StringBuilder out = new StringBuilder("| form | engine | predicted | observed | agree |\n|---|---|---|---|---|\n");
        ROWS.forEach(r -> out.append(r).append('\n'));
        System.out.println(out);
        Path file = Path.of("target", "lock-agreement.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }
}
