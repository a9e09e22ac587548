package dev.phaseshift.introspect;

import dev.phaseshift.schema.Snapshot;

import java.time.Duration;
import java.util.Objects;

/** What happened to one service of an estate: its snapshot, or the reason there is none. */
public sealed interface IntrospectionOutcome {
    String service();

    /** Wall-clock time spent on the service, connecting included. */
    Duration elapsed();

    /** The service was read; the snapshot may still be {@link Snapshot#partial()}. */
    record Success(String service, Snapshot snapshot, Duration elapsed) implements IntrospectionOutcome {
        public Success {
            Objects.requireNonNull(snapshot, "snapshot");
            Objects.requireNonNull(elapsed, "elapsed");
        }
    }

    /** The service could not be read; the others were not affected. */
    record Failure(String service, IntrospectionException error, Duration elapsed) implements IntrospectionOutcome {
        public Failure {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(elapsed, "elapsed");
        }
    }
}
