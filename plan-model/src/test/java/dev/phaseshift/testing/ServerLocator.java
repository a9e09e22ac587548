package dev.phaseshift.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which server a test talks to. The decision itself ({@link #decide}) is pure:
 * <ol>
 *   <li>env var set (non-blank): use it if it answers, otherwise embedded; the local
 *       server is <em>not</em> tried;</li>
 *   <li>env var unset: use the local server if it answers, otherwise embedded.</li>
 * </ol>
 */
public final class ServerLocator {

    /** How long a candidate gets to accept a connection. */
    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(ServerLocator.class);

    private ServerLocator() {
    }

    /**
     * Outcome of {@link #decide}.
     *
     * @param address the server to use; empty when {@code origin} is {@link ServerOrigin#EMBEDDED}
     * @param tried   candidates asked, in order (the last one answered unless origin is EMBEDDED)
     */
    public record Decision(ServerKind engine, ServerOrigin origin, Optional<ServerAddress> address,
                           List<ServerAddress> tried) {
        public Decision {
            Objects.requireNonNull(engine, "engine");
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(address, "address");
            tried = List.copyOf(tried);
            if (address.isPresent() == (origin == ServerOrigin.EMBEDDED)) {
                throw new IllegalArgumentException("an address goes with ENV/LOCAL only: " + origin);
            }
        }
    }

    /**
     * Pure decision: no I/O except what {@code answers} does.
     *
     * @param env     environment, e.g. {@code System.getenv()}
     * @param answers whether a candidate accepts a connection
     * @throws IllegalArgumentException if the env var holds a URL of the wrong engine
     */
    public static Decision decide(ServerKind engine, Map<String, String> env, Predicate<ServerAddress> answers) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(answers, "answers");
        String fromEnv = env.get(engine.envVar());
        boolean envSet = fromEnv != null && !fromEnv.isBlank();
        ServerAddress candidate;
        ServerOrigin origin;
        if (envSet) {
            try {
                candidate = ServerAddress.parse(engine, fromEnv);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(engine.envVar() + ": " + e.getMessage(), e);
            }
            origin = ServerOrigin.ENV;
        } else {
            candidate = new ServerAddress(engine, engine.localUrl(), engine.defaultUser(), "");
            origin = ServerOrigin.LOCAL;
        }
        List<ServerAddress> tried = new ArrayList<>(1);
        tried.add(candidate);
        if (answers.test(candidate)) {
            return new Decision(engine, origin, Optional.of(candidate), tried);
        }
        return new Decision(engine, ServerOrigin.EMBEDDED, Optional.empty(), tried);
    }

    /** A probe that really connects, remembering why candidates failed. */
    public static final class JdbcProbe implements Predicate<ServerAddress> {
        private final Duration timeout;
        private final Map<ServerAddress, String> failures = new ConcurrentHashMap<>();

        public JdbcProbe(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
        }

        @Override
        public boolean test(ServerAddress address) {
            Properties props = address.credentials();
            int seconds = (int) Math.max(1, timeout.toSeconds());
            String millis = Long.toString(Math.max(1, timeout.toMillis()));
            if (address.engine() == ServerKind.POSTGRESQL) {
                props.setProperty("connectTimeout", Integer.toString(seconds));
                props.setProperty("loginTimeout", Integer.toString(seconds));
                props.setProperty("socketTimeout", Integer.toString(seconds));
            } else {
                props.setProperty("connectTimeout", millis);
                props.setProperty("socketTimeout", millis);
            }
            try (Connection c = DriverManager.getConnection(address.adminUrl(), props)) {
                if (c.isValid(seconds)) {
                    return true;
                }
                failures.put(address, "connection not valid");
            } catch (SQLException | RuntimeException e) {
                failures.put(address, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
            LOG.debug("{} does not answer: {}", address, failures.get(address));
            return false;
        }

        /** Why {@code address} failed, if it did. */
        public Optional<String> failure(ServerAddress address) {
            return Optional.ofNullable(failures.get(address));
        }
    }
}
