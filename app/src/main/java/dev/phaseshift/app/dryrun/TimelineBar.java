package dev.phaseshift.app.dryrun;

import java.util.List;

/**
 * A step on the dry-run timeline, placed as fractions of the run's width so the view only scales them.
 *
 * @param lane   the service's lane, from 0
 * @param number the step's number in the step table
 * @param locks  the lock spans seen under it
 */
public record TimelineBar(int lane, int number, String stepId, String phaseId, double start, double width,
                         boolean failed, List<LockSpan> locks) {
    public TimelineBar {
        locks = List.copyOf(locks);
    }

    /**
     * A lock held (or waited for) while the step ran.
     *
     * @param blocksWrites coloured as in the HTML report: red when writers wait, green when they pass
     */
    public record LockSpan(double start, double width, String mode, String relation, boolean blocksWrites,
                           boolean granted) {
    }
}
