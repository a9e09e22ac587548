package dev.phaseshift.estate;

import java.util.Objects;

/**
 * The user's answer to an inferred reference, kept in the estate file's {@code decisions:} block. It is keyed by
 * names, not by snapshot contents, so it survives reading the databases again.
 *
 * @param location the entry in the estate file, or null for a decision not yet written
 */
public record ReferenceDecision(ReferencePair pair, Verdict verdict, SourceLocation location) {
    public ReferenceDecision {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(verdict, "verdict");
    }

    public static ReferenceDecision accept(ReferencePair pair) {
        return new ReferenceDecision(pair, Verdict.ACCEPT, null);
    }

    public static ReferenceDecision reject(ReferencePair pair) {
        return new ReferenceDecision(pair, Verdict.REJECT, null);
    }
}
