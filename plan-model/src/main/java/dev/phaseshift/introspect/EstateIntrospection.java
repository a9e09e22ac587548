package dev.phaseshift.introspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the services of an estate in parallel on a bounded pool, one connection per service. A service that
 * fails is a {@link IntrospectionOutcome.Failure} in the result, never an abort of the others.
 */
public final class EstateIntrospection {
    /** Enough to overlap network waits without hammering a shared database host. */
    public static final int DEFAULT_PARALLELISM = 4;

    private final DatabaseConnector connector;
    private final int parallelism;

    public EstateIntrospection(DatabaseConnector connector, int parallelism) {
        this.connector = Objects.requireNonNull(connector, "connector");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        this.parallelism = parallelism;
    }

    public EstateIntrospection() {
        this(new DatabaseConnector(), DEFAULT_PARALLELISM);
    }

    /**
     * Reads every target; returns when all are done.
     *
     * @return one outcome per service, in the order of {@code targets}
     * @throws InterruptedException if the calling thread is interrupted; running reads are cancelled
     */
    public Map<String, IntrospectionOutcome> introspect(List<ServiceTarget> targets) throws InterruptedException {
        Map<String, IntrospectionOutcome> outcomes = new LinkedHashMap<>();
        if (targets.isEmpty()) {
            return outcomes;
        }
        long distinct = targets.stream().map(ServiceTarget::service).distinct().count();
        if (distinct != targets.size()) {
            throw new IllegalArgumentException("each service may be introspected once per run");
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, targets.size()),
                new NamedDaemonThreads());
        try {
            List<Future<IntrospectionOutcome>> futures = new ArrayList<>();
            for (ServiceTarget target : targets) {
                futures.add(pool.submit(task(target)));
            }
            for (int i = 0; i < targets.size(); i++) {
                outcomes.put(targets.get(i).service(), outcome(targets.get(i), futures.get(i)));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads one service on the calling thread; what the pool runs for each target. */
    public IntrospectionOutcome introspect(ServiceTarget target) {
        long start = System.nanoTime();
        IntrospectionRequest request = target.request();
        try (Connection connection = connector.connect(request.service(), target.engine(), target.url(),
                target.credentials(), request.statementTimeout())) {
            return new IntrospectionOutcome.Success(request.service(),
                    Introspector.forEngine(target.engine()).introspect(connection, request), since(start));
        } catch (IntrospectionException e) {
            return new IntrospectionOutcome.Failure(request.service(), e, since(start));
        } catch (SQLException e) {
            // closing failed after a successful read: the snapshot is lost with the connection's state unknown
            return new IntrospectionOutcome.Failure(request.service(), new IntrospectionException(
                    IntrospectionException.Kind.CONNECTION, request.service(), "service \"" + request.service()
                    + "\": closing the connection failed: " + e.getMessage()), since(start));
        }
    }

    private Callable<IntrospectionOutcome> task(ServiceTarget target) {
        return () -> introspect(target);
    }

    private static IntrospectionOutcome outcome(ServiceTarget target, Future<IntrospectionOutcome> future)
            throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // a bug rather than a database problem, but one service's bug must not hide the others
            Throwable cause = e.getCause();
            return new IntrospectionOutcome.Failure(target.service(), new IntrospectionException(
                    IntrospectionException.Kind.READ, target.service(), "service \"" + target.service()
                    + "\": introspection failed unexpectedly: " + cause, cause), Duration.ZERO);
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Daemon threads named after their job, so a thread dump says what is reading. */
    private static final class NamedDaemonThreads implements ThreadFactory {
        private final AtomicInteger next = new AtomicInteger(1);

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "phaseshift-introspect-" + next.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        }
    }
}
