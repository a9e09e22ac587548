package dev.phaseshift.app.references;

import dev.phaseshift.estate.ReferencePair;

import java.util.Locale;
import java.util.Objects;

/**
 * An open inferred reference as the References tab lists it.
 *
 * @param confidence between 0 and 1
 * @param evidence   why inference believes in it, in one line
 */
public record ReferenceLine(ReferencePair pair, double confidence, String evidence) {
    public ReferenceLine {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(evidence, "evidence");
    }

    public String from() {
        return pair.from().toString();
    }

    public String to() {
        return pair.to().toString();
    }

    /** "0.95". */
    public String confidenceText() {
        return String.format(Locale.ROOT, "%.2f", confidence);
    }
}
