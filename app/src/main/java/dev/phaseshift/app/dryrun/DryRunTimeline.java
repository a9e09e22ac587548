package dev.phaseshift.app.dryrun;

import dev.phaseshift.dryrun.report.DryRunReport;
import dev.phaseshift.dryrun.report.ObservedLock;
import dev.phaseshift.dryrun.report.PhaseRun;
import dev.phaseshift.dryrun.report.StepRun;
import dev.phaseshift.dryrun.report.StepStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline of a dry-run as the HTML report draws it: one lane per service, one bar per step that ran, the
 * locks seen under it, phases as bands; positions are fractions of the time from the first step's start to the
 * last lock's end, so a view only multiplies by its width.
 *
 * @param lanes  the services, in the order their first step ran
 * @param phases one band per phase that ran a step
 * @param millis how long the drawn span lasted
 */
public record DryRunTimeline(List<String> lanes, List<PhaseBand> phases, List<TimelineBar> bars, long millis) {
    /** Below this a bar would vanish; it still shows as a sliver. */
    static final double MIN_WIDTH = 0.004;

    public DryRunTimeline {
        lanes = List.copyOf(lanes);
        phases = List.copyOf(phases);
        bars = List.copyOf(bars);
    }

    public static final DryRunTimeline EMPTY = new DryRunTimeline(List.of(), List.of(), List.of(), 0);

    /** A phase's stretch of the timeline. */
    public record PhaseBand(String phaseId, double start, double width) {
    }

    public static DryRunTimeline of(DryRunReport report) {
        record Placed(int number, String phaseId, StepRun step) {
        }
        List<Placed> placed = new ArrayList<>();
        int number = 0;
        for (PhaseRun phase : report.phases()) {
            for (StepRun step : phase.steps()) {
                number++;
                if (step.status() == StepStatus.OK || step.status() == StepStatus.FAILED) {
                    placed.add(new Placed(number, phase.phaseId(), step));
                }
            }
        }
        if (placed.isEmpty()) {
            return EMPTY;
        }
        long from = placed.stream().mapToLong(p -> p.step().startMillis()).min().orElse(0);
        long to = from + 1;
        for (Placed p : placed) {
            to = Math.max(to, p.step().startMillis() + p.step().wallMillis());
            for (ObservedLock lock : p.step().locks()) {
                to = Math.max(to, lock.toMillis());
            }
        }
        double span = to - from;
        Map<String, Integer> lanes = new LinkedHashMap<>();
        Map<String, double[]> bands = new LinkedHashMap<>();
        List<TimelineBar> bars = new ArrayList<>();
        for (Placed p : placed) {
            StepRun s = p.step();
            int lane = lanes.computeIfAbsent(s.service(), k -> lanes.size());
            double start = (s.startMillis() - from) / span;
            double width = Math.max(MIN_WIDTH, s.wallMillis() / span);
            List<TimelineBar.LockSpan> locks = new ArrayList<>();
            for (ObservedLock lock : s.locks()) {
                double lockStart = (lock.fromMillis() - from) / span;
                locks.add(new TimelineBar.LockSpan(lockStart, Math.max(MIN_WIDTH, (lock.toMillis() - lock.fromMillis())
                        / span), lock.mode(), lock.relation(), lock.blocksWrites(), lock.granted()));
            }
            bars.add(new TimelineBar(lane, p.number(), s.stepId(), p.phaseId(), start, width,
                    s.status() == StepStatus.FAILED, locks));
            double[] band = bands.computeIfAbsent(p.phaseId(), k -> new double[] {start, start + width});
            band[0] = Math.min(band[0], start);
            band[1] = Math.max(band[1], start + width);
        }
        List<PhaseBand> phases = bands.entrySet().stream()
                .map(e -> new PhaseBand(e.getKey(), e.getValue()[0], e.getValue()[1] - e.getValue()[0])).toList();
        return new DryRunTimeline(List.copyOf(lanes.keySet()), phases, bars, to - from);
    }
}
