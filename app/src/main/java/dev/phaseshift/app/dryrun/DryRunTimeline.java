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
 * locks seen under it, phases as bands; positions are fractions of the width, so a view only multiplies. Each
 * phase gets its share of the width and the time between phases (rollback and re-run) is squeezed out.
 *
 * @param lanes  the services, in the order their first step ran
 * @param phases one band per phase that ran a step
 * @param millis how long the phases' forward steps took, added up
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
        Scale x = Scale.of(placed.stream().map(p -> new long[] {p.step().startMillis(), end(p.step())})
                .toList(), placed.stream().map(Placed::phaseId).toList());
        Map<String, Integer> lanes = new LinkedHashMap<>();
        Map<String, double[]> bands = new LinkedHashMap<>();
        List<TimelineBar> bars = new ArrayList<>();
        for (Placed p : placed) {
            StepRun s = p.step();
            int lane = lanes.computeIfAbsent(s.service(), k -> lanes.size());
            double start = x.at(s.startMillis());
            double width = Math.max(MIN_WIDTH, x.at(s.startMillis() + s.wallMillis()) - start);
            List<TimelineBar.LockSpan> locks = new ArrayList<>();
            for (ObservedLock lock : s.locks()) {
                double lockStart = x.at(lock.fromMillis());
                locks.add(new TimelineBar.LockSpan(lockStart, Math.max(MIN_WIDTH, x.at(lock.toMillis()) - lockStart),
                        lock.mode(), lock.relation(), lock.blocksWrites(), lock.granted()));
            }
            bars.add(new TimelineBar(lane, p.number(), s.stepId(), p.phaseId(), start, width,
                    s.status() == StepStatus.FAILED, locks));
            double[] band = bands.computeIfAbsent(p.phaseId(), k -> new double[] {start, start + width});
            band[0] = Math.min(band[0], start);
            band[1] = Math.max(band[1], start + width);
        }
        List<PhaseBand> phases = bands.entrySet().stream()
                .map(e -> new PhaseBand(e.getKey(), e.getValue()[0], e.getValue()[1] - e.getValue()[0])).toList();
        return new DryRunTimeline(List.copyOf(lanes.keySet()), phases, bars, x.millis());
    }

    private static long end(StepRun step) {
        long end = step.startMillis() + step.wallMillis();
        for (ObservedLock lock : step.locks()) {
            end = Math.max(end, lock.toMillis());
        }
        return end;
    }

    /**
     * Milliseconds to fractions, piecewise: each phase's forward steps get a share of the width (at least
     * {@code MIN_SHARE}, so quick DDL stays visible beside a long backfill) and the time between phases, spent on
     * rollbacks and re-runs that the bars do not show, shrinks to a fixed gap.
     */
    private record Scale(List<long[]> spans, List<double[]> places, long millis) {
        private static final double MIN_SHARE = 0.12;
        private static final double GAP = 0.02;

        static Scale of(List<long[]> steps, List<String> phaseIds) {
            Map<String, long[]> byPhase = new LinkedHashMap<>();
            for (int i = 0; i < steps.size(); i++) {
                long[] step = steps.get(i);
                long[] span = byPhase.computeIfAbsent(phaseIds.get(i), k -> new long[] {step[0], step[1]});
                span[0] = Math.min(span[0], step[0]);
                span[1] = Math.max(span[1], Math.max(step[1], span[0] + 1));
            }
            List<long[]> spans = byPhase.values().stream().sorted(java.util.Comparator.comparingLong(s -> s[0]))
                    .toList();
            long total = spans.stream().mapToLong(s -> s[1] - s[0]).sum();
            double room = 1 - GAP * (spans.size() - 1);
            double[] weights = spans.stream().mapToDouble(s -> Math.max((double) (s[1] - s[0]) / total,
                    MIN_SHARE)).toArray();
            double sum = java.util.Arrays.stream(weights).sum();
            List<double[]> places = new ArrayList<>();
            double at = 0;
            for (double w : weights) {
                double width = room * w / sum;
                places.add(new double[] {at, at + width});
                at += width + GAP;
            }
            return new Scale(spans, places, total);
        }

        double at(long millis) {
            for (int i = 0; i < spans.size(); i++) {
                long[] span = spans.get(i);
                double[] place = places.get(i);
                if (millis <= span[1] || i == spans.size() - 1) {
                    double f = Math.max(0, Math.min(1, (double) (millis - span[0]) / (span[1] - span[0])));
                    return place[0] + f * (place[1] - place[0]);
                }
            }
            return 1;
        }
    }
}
