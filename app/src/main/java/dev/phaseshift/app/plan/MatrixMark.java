package dev.phaseshift.app.plan;

import java.util.Objects;

/**
 * One cell of the compatibility matrix as shown.
 *
 * @param reason  why the version cannot use the schema there, also for a version that is not live; null when it can
 * @param phaseId the phase the first break points at (where the object went, or where it only comes later), or null
 * @param stepId  the step within that phase that removed the object, or null
 * @param early   whether the break comes from the version going live too early (what it reads comes later), so
 *                its deployment rather than a step is to blame
 */
public record MatrixMark(String version, String state, CellVerdict verdict, String reason, String phaseId,
                         String stepId, boolean early) {
    public MatrixMark {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(verdict, "verdict");
    }

    public MatrixMark(String version, String state, CellVerdict verdict, String reason) {
        this(version, state, verdict, reason, null, null, false);
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
