package dev.phaseshift.app.plan;

import java.util.Objects;

/**
 * One cell of the compatibility matrix as shown.
 *
 * @param reason why the version cannot use the schema there, also for a version that is not live; null when it can
 */
public record MatrixMark(String version, String state, CellVerdict verdict, String reason) {
    public MatrixMark {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** What a tooltip says: {@code billing v1 at contract: breaks — billing v1 reads ...}. */
    public String explanation() {
        String head = version + " at " + state + ": " + verdict.word();
        if (reason == null) {
            return head;
        }
        return verdict == CellVerdict.NOT_LIVE ? head + " (it would break: " + reason + ")" : head + " — " + reason;
    }
}
