package dev.phaseshift.plan.sql;

import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ServerProduct;
import dev.phaseshift.schema.Snapshot;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL a server accepts and what it can do without blocking writers, by product and version.
 *
 * <p>The version rules are the documented ones: MySQL 8.0.12+ adds a column at the end with
 * {@code ALGORITHM=INSTANT}, 8.0.29+ at any position and drops instantly; MariaDB 10.3+ adds instantly,
 * 10.4+ drops and reorders instantly; PostgreSQL 11+ adds a column with a constant default without a rewrite,
 * and 12+ skips the table scan of {@code SET NOT NULL} when a validated {@code CHECK (c IS NOT NULL)} exists.
 */
public record Dialect(ServerProduct product, int major, int minor, int patch) {
    private static final Pattern VERSION = Pattern.compile("^(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");
    /** How long a PostgreSQL DDL statement waits for its lock before giving up rather than queueing writers. */
    public static final String LOCK_TIMEOUT = "5s";

    public Dialect {
        Objects.requireNonNull(product, "product");
    }

    public static Dialect postgres(int major) {
        return new Dialect(ServerProduct.POSTGRESQL, major, 0, 0);
    }

    public static Dialect mysql(int major, int minor, int patch) {
        return new Dialect(ServerProduct.MYSQL, major, minor, patch);
    }

    public static Dialect mariadb(int major, int minor, int patch) {
        return new Dialect(ServerProduct.MARIADB, major, minor, patch);
    }

    /**
     * The dialect of a version string as the server reports it ({@code 15.10 (Debian ...)},
     * {@code 10.11.19-MariaDB-...}, {@code 8.0.36}); the oldest supported release when it cannot be read.
     */
    public static Dialect parse(ServerProduct product, String version) {
        Matcher m = version == null ? null : VERSION.matcher(version.trim());
        if (m == null || !m.find()) {
            return switch (product) {
                case POSTGRESQL -> postgres(12);
                case MYSQL -> mysql(8, 0, 0);
                case MARIADB -> mariadb(10, 6, 0);
            };
        }
        return new Dialect(product, Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    public Dialect withMinor(int value) {
        return new Dialect(product, major, value, patch);
    }

    /** The dialect of the server a snapshot was read from. */
    public static Dialect of(Snapshot snapshot) {
        ServerProduct product = snapshot.product() != null ? snapshot.product()
                : ServerProduct.fromVersion(snapshot.engine(), snapshot.serverVersion());
        return parse(product, snapshot.serverVersion());
    }

    public Engine engine() {
        return product.engine();
    }

    public boolean postgres() {
        return product == ServerProduct.POSTGRESQL;
    }

    public boolean mysqlFamily() {
        return product.engine() == Engine.MYSQL;
    }

    public boolean mariadb() {
        return product == ServerProduct.MARIADB;
    }

    public boolean atLeast(int wantMajor, int wantMinor, int wantPatch) {
        if (major != wantMajor) {
            return major > wantMajor;
        }
        if (minor != wantMinor) {
            return minor > wantMinor;
        }
        return patch >= wantPatch;
    }

    /** Whether {@code ADD COLUMN} can be {@code ALGORITHM=INSTANT}; {@code atEnd} when added after the last column. */
    public boolean instantAddColumn(boolean atEnd) {
        if (product == ServerProduct.MYSQL) {
            return atEnd ? atLeast(8, 0, 12) : atLeast(8, 0, 29);
        }
        if (product == ServerProduct.MARIADB) {
            return atEnd ? atLeast(10, 3, 0) : atLeast(10, 4, 0);
        }
        return false;
    }

    /** Whether {@code DROP COLUMN} can be {@code ALGORITHM=INSTANT}. */
    public boolean instantDropColumn() {
        return product == ServerProduct.MYSQL ? atLeast(8, 0, 29) : product == ServerProduct.MARIADB && atLeast(10, 4, 0);
    }

    /** PostgreSQL 11+: adding a column with a constant default rewrites nothing. */
    public boolean constantDefaultIsMetadataOnly() {
        return postgres() && major >= 11;
    }

    /** PostgreSQL 12+: {@code SET NOT NULL} uses a validated {@code CHECK (c IS NOT NULL)} instead of scanning. */
    public boolean notNullViaCheck() {
        return postgres() && major >= 12;
    }

    /** An identifier quoted for this engine. */
    public String quote(String identifier) {
        if (postgres()) {
            return "\"" + identifier.replace("\"", "\"\"") + "\"";
        }
        return "`" + identifier.replace("`", "``") + "`";
    }

    /** A possibly schema-qualified name ({@code public.orders}) quoted part by part. */
    public String qualified(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? quote(name) : quote(name.substring(0, dot)) + "." + quote(name.substring(dot + 1));
    }

    /** A string literal. */
    public String literal(String text) {
        String escaped = text.replace("'", "''");
        return "'" + (mysqlFamily() ? escaped.replace("\\", "\\\\") : escaped) + "'";
    }

    /**
     * The statement DDL starts with so that a blocked ALTER fails fast instead of queueing the application behind
     * it: {@code SET lock_timeout} on PostgreSQL, {@code SET SESSION lock_wait_timeout} (metadata locks, whole
     * seconds) on MySQL and MariaDB.
     */
    public RenderedSql lockTimeout() {
        if (postgres()) {
            return RenderedSql.of("SET lock_timeout = '" + LOCK_TIMEOUT + "'");
        }
        return RenderedSql.of("SET SESSION lock_wait_timeout = " + LOCK_TIMEOUT.replace("s", ""));
    }

    @Override
    public String toString() {
        return product.name().toLowerCase() + " " + major + "." + minor + (postgres() ? "" : "." + patch);
    }
}
