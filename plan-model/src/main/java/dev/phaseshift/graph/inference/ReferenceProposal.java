package dev.phaseshift.graph.inference;

import dev.phaseshift.estate.ReferencePair;

import java.util.List;
import java.util.Objects;

/**
 * A reference inference believes in.
 *
 * @param confidence between 0 and 1, two decimals
 * @param evidence   the reasons, each a short lower-case sentence, strongest first
 */
public record ReferenceProposal(ReferencePair pair, double confidence, List<String> evidence) {
    public ReferenceProposal {
        Objects.requireNonNull(pair, "pair");
        evidence = List.copyOf(evidence);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " is not in [0, 1]");
        }
    }

    /** The evidence as one line. */
    public String explanation() {
        return String.join("; ", evidence);
    }
}
