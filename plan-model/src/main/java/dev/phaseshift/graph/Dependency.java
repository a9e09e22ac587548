package dev.phaseshift.graph;

import dev.phaseshift.estate.Channel;
import dev.phaseshift.estate.SourceLocation;

import java.util.Objects;

/**
 * An edge of the estate graph: {@code from} depends on {@code to}, for a reason ({@link #kind()}) shown by
 * {@link #evidence()}.
 *
 * @param evidence   why the edge exists, for people: {@code foreign key "order_items_order_fk"},
 *                   {@code contract "billing v1" (phaseshift.yaml:88:9)}, or the reasons of an inference
 * @param confidence 1 for facts read from a catalog or declared by the user; below 1 for inferred references
 * @param proposed   true for an inferred reference the user has neither accepted nor rejected
 * @param channel    how a consumer reaches the data; null for other kinds
 * @param location   where it is declared in the estate file, or null for catalog facts
 */
public record Dependency(String from, String to, DependencyKind kind, String evidence, double confidence,
                         boolean proposed, Channel channel, SourceLocation location) {
    public Dependency {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " is not in (0, 1]");
        }
        if (proposed && kind != DependencyKind.INFERRED_REFERENCE) {
            throw new IllegalArgumentException("only inferred references are proposed");
        }
        if ((channel != null) != kind.isConsumer()) {
            throw new IllegalArgumentException("consumer dependencies, and only they, have a channel");
        }
    }

    /** A dependency read from a catalog: certain, without channel or place in the estate file. */
    public static Dependency fact(String from, String to, DependencyKind kind, String evidence) {
        return new Dependency(from, to, kind, evidence, 1.0, false, null, null);
    }

    /** Whether the user or a catalog vouches for it (not an open proposal). */
    public boolean certain() {
        return !proposed;
    }
}
