package dev.phaseshift.plan.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the statements of one rendering; the first DDL statement is preceded by {@code SET lock_timeout}
 * (PostgreSQL) or {@code SET SESSION lock_wait_timeout} (MySQL/MariaDB: how long DDL waits for its metadata
 * lock), so that no ALTER waits in the lock queue in front of the application's queries.
 */
public final class Ddl {
    private final Dialect dialect;
    private final List<RenderedSql> statements = new ArrayList<>();
    private boolean timeoutSet;

    private Ddl(Dialect dialect) {
        this.dialect = dialect;
    }

    public static Ddl on(Dialect dialect) {
        return new Ddl(dialect);
    }

    public Dialect dialect() {
        return dialect;
    }

    public String q(String identifier) {
        return dialect.quote(identifier);
    }

    public String table(String name) {
        return dialect.qualified(name);
    }

    /** A DDL statement that takes a lock. */
    public Ddl ddl(String text) {
        timeout();
        statements.add(RenderedSql.of(text));
        return this;
    }

    /** A DDL statement that must run outside a transaction block (CONCURRENTLY). */
    public Ddl outsideTransaction(String text) {
        timeout();
        statements.add(RenderedSql.outsideTransaction(text));
        return this;
    }

    /** A statement that takes no schema lock (data, a verification). */
    public Ddl add(RenderedSql statement) {
        statements.add(statement);
        return this;
    }

    private void timeout() {
        if (!timeoutSet) {
            statements.add(dialect.lockTimeout());
            timeoutSet = true;
        }
    }

    public List<RenderedSql> build() {
        return List.copyOf(statements);
    }
}
