package dev.phaseshift.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running PostgreSQL or MySQL/MariaDB server that tests may create throw-away databases on.
 * Obtain one from {@link TestServers}.
 */
public final class DatabaseServer {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseServer.class);

    private final ServerOrigin origin;
    private final ServerAddress address;
    private final Duration startupTime;
    private final Set<TestDatabase> open = ConcurrentHashMap.newKeySet();
    private volatile boolean leakHookInstalled;
    private volatile String version;

    DatabaseServer(ServerOrigin origin, ServerAddress address, Duration startupTime) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.address = Objects.requireNonNull(address, "address");
        this.startupTime = Objects.requireNonNull(startupTime, "startupTime");
    }

    public ServerKind engine() {
        return address.engine();
    }

    public ServerOrigin origin() {
        return origin;
    }

    public ServerAddress address() {
        return address;
    }

    /** URL of the maintenance database ({@code postgres}, or none for MySQL); no credentials in it. */
    public String adminUrl() {
        return address.adminUrl();
    }

    public String user() {
        return address.user();
    }

    public String password() {
        return address.password();
    }

    /** How long it took to find (and, for EMBEDDED, start) this server. */
    public Duration startupTime() {
        return startupTime;
    }

    /** JDBC URL of {@code database} on this server (no credentials in it). */
    public String jdbcUrl(String database) {
        return address.jdbcUrl(database);
    }

    /** A new connection to the admin URL; the caller closes it. */
    public Connection connectAdmin() throws SQLException {
        return DriverManager.getConnection(adminUrl(), address.credentials());
    }

    /** A new connection to {@code database}; the caller closes it. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), address.credentials());
    }

    /** {@code SELECT version()}, e.g. {@code PostgreSQL 15.10 on x86_64...} or {@code 11.4.5-MariaDB}. */
    public String serverVersion() throws SQLException {
        String v = version;
        if (v == null) {
            try (Connection c = connectAdmin(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version()")) {
                rs.next();
                v = rs.getString(1);
            }
            version = v;
        }
        return v;
    }

    /**
     * Creates an empty database named like {@code pstest_<purpose>_<time>_<random>}.
     * Close the result to drop it; databases still open when the JVM exits are dropped then
     * (for ENV/LOCAL servers; embedded servers vanish anyway).
     */
    public TestDatabase createDatabase(String purpose) throws SQLException {
        String name = TestDatabase.newName(purpose);
        try (Connection c = connectAdmin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + engine().quote(name));
        }
        TestDatabase db = new TestDatabase(this, name);
        open.add(db);
        installLeakHook();
        return db;
    }

    /** Whether a database of that name exists on this server (queried, not remembered). */
    public boolean databaseExists(String name) throws SQLException {
        String sql = engine() == ServerKind.POSTGRESQL
                ? "SELECT count(*) FROM pg_database WHERE datname = ?"
                : "SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?";
        try (Connection c = connectAdmin(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    /** Drops {@code name}, disconnecting other sessions first on PostgreSQL. */
    void drop(TestDatabase db) throws SQLException {
        String quoted = engine().quote(db.name());
        try (Connection c = connectAdmin(); Statement s = c.createStatement()) {
            if (engine() == ServerKind.POSTGRESQL) {
                if (c.getMetaData().getDatabaseMajorVersion() >= 13) {
                    s.execute("DROP DATABASE IF EXISTS " + quoted + " WITH (FORCE)");
                } else {
                    try (PreparedStatement ps = c.prepareStatement(
                            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                    + " WHERE datname = ? AND pid <> pg_backend_pid()")) {
                        ps.setString(1, db.name());
                        ps.executeQuery().close();
                    }
                    s.execute("DROP DATABASE IF EXISTS " + quoted);
                }
            } else {
                s.execute("DROP DATABASE IF EXISTS " + quoted);
            }
        }
        open.remove(db);
    }

    private void installLeakHook() {
        if (leakHookInstalled || origin == ServerOrigin.EMBEDDED) {
            return;
        }
        synchronized (this) {
            if (leakHookInstalled) {
                return;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(this::dropLeftovers,
                    "phaseshift-test-" + engine().id() + "-leftovers"));
            leakHookInstalled = true;
        }
    }

    private void dropLeftovers() {
        for (TestDatabase db : List.copyOf(open)) {
            LOG.warn("Test database {} on {} was not closed; dropping it at JVM exit", db.name(), this);
            try {
                db.close();
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Could not drop {}: {}", db.name(), e.getMessage());
            }
        }
    }

    @Override
    public String toString() {
        return engine().id() + " " + origin + " " + address;
    }
}
