package dev.phaseshift.dryrun;

import dev.phaseshift.connect.ConnectionFailedException;
import dev.phaseshift.connect.DatabaseConnections;
import dev.phaseshift.connect.JdbcUrl;
import dev.phaseshift.schema.Engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scratch server on which shadow databases are created and dropped. It never touches a database whose name is
 * not a {@link ShadowName}.
 */
public final class ShadowServer {
    private static final String PG_SHADOWS = "SELECT d.datname, (SELECT count(*) FROM pg_stat_activity a "
            + "WHERE a.datname = d.datname AND a.pid <> pg_backend_pid()) FROM pg_database d "
            + "WHERE d.datname LIKE 'phaseshift\\_shadow\\_%'";
    private static final String MYSQL_SHADOWS = "SELECT s.schema_name, (SELECT count(*) FROM "
            + "information_schema.processlist p WHERE p.db = s.schema_name AND p.id <> connection_id()) "
            + "FROM information_schema.schemata s WHERE s.schema_name LIKE 'phaseshift\\_shadow\\_%'";

    private final JdbcUrl url;
    private final String user;
    private final String password;
    private final Clock clock;

    /** User and password may be null when the URL carries them. */
    public ShadowServer(JdbcUrl url, String user, String password, Clock clock) {
        this.url = Objects.requireNonNull(url, "url");
        this.user = user;
        this.password = password;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public JdbcUrl url() {
        return url;
    }

    public Engine engine() {
        return url.engine();
    }

    /** Creates an empty shadow database for {@code service}. */
    public ShadowDatabase create(String service) throws ConnectionFailedException, ShadowException {
        ShadowName name = ShadowName.fresh(service, clock.instant());
        try (Connection c = connect(url.database()); Statement st = c.createStatement()) {
            st.execute(engine() == Engine.POSTGRESQL
                    ? "CREATE DATABASE " + quote(name)
                    : "CREATE DATABASE " + quote(name) + " CHARACTER SET utf8mb4");
        } catch (SQLException e) {
            throw new ShadowException("cannot create shadow database " + name + " on " + url + ": "
                    + DatabaseConnections.reason(e), e);
        }
        ShadowDatabase shadow = new ShadowDatabase(this, name);
        ShadowRegistry.remember(shadow);
        return shadow;
    }

    /** Shadows on this server older than {@code minimumAge} that this JVM does not own. */
    public List<StaleShadow> findStale(Duration minimumAge, java.util.Collection<ShadowName> owned)
            throws ConnectionFailedException, ShadowException {
        Instant cutoff = clock.instant().minus(minimumAge);
        List<StaleShadow> stale = new ArrayList<>();
        try (Connection c = connect(url.database()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(engine() == Engine.POSTGRESQL ? PG_SHADOWS : MYSQL_SHADOWS)) {
            while (rs.next()) {
                Optional<ShadowName> name = ShadowName.parse(rs.getString(1));
                if (name.isPresent() && !owned.contains(name.get()) && !name.get().createdAt().isAfter(cutoff)) {
                    stale.add(new StaleShadow(name.get(), name.get().createdAt(), rs.getInt(2)));
                }
            }
        } catch (SQLException e) {
            throw new ShadowException("cannot list shadow databases on " + url + ": " + DatabaseConnections.reason(e), e);
        }
        return stale;
    }

    /** Drops a shadow database, closing its sessions first; a shadow that is already gone is fine. */
    public void drop(ShadowName name) throws ShadowException {
        try (Connection c = connect(url.database()); Statement st = c.createStatement()) {
            if (engine() == Engine.POSTGRESQL) {
                st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + name.databaseName() + "' AND pid <> pg_backend_pid()");
            }
            st.execute("DROP DATABASE IF EXISTS " + quote(name));
        } catch (SQLException | ConnectionFailedException e) {
            throw new ShadowException("cannot drop shadow database " + name + " on " + url + ": "
                    + (e instanceof SQLException sql ? DatabaseConnections.reason(sql) : e.getMessage()), e);
        }
    }

    Connection connect(String database) throws ConnectionFailedException {
        return DatabaseConnections.open(url.withDatabase(database), user, password);
    }

    /** Shadow names are {@code [a-z0-9_]} only, so quoting cannot be escaped out of. */
    private String quote(ShadowName name) {
        return engine() == Engine.POSTGRESQL ? "\"" + name.databaseName() + "\"" : "`" + name.databaseName() + "`";
    }
}
