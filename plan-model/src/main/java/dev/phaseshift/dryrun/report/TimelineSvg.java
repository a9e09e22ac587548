package dev.phaseshift.dryrun.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.phaseshift.dryrun.report.HtmlText.duration;
import static dev.phaseshift.dryrun.report.HtmlText.escape;

/**
 * The timeline of a dry-run as inline SVG: one lane per service, one bar per step that ran (numbered as in the
 * step tables), the locks seen under it coloured by whether they block writers, phases as shaded bands and a time
 * axis. Every bar has a {@code <title>}, so a hover names the step even where the bar is too thin for a label.
 */
final class TimelineSvg {
    private static final int WIDTH = 1200;
    private static final int LEFT = 150;
    private static final int RIGHT = 24;
    private static final int TOP = 30;
    private static final int LANE = 44;
    private static final int AXIS = 34;
    private static final double LABEL_CHAR = 6.4;

    private TimelineSvg() {
    }

    /** A step placed on the timeline with its number in the report. */
    private record Placed(int number, String phaseId, StepRun step) {
        long end() {
            long end = step.startMillis() + step.wallMillis();
            for (ObservedLock lock : step.locks()) {
                end = Math.max(end, lock.toMillis());
            }
            return end;
        }
    }

    /** Whether any step has a time to draw; a simulated run has none. */
    static boolean hasTimes(DryRunReport report) {
        return !placed(report).isEmpty();
    }

    static String write(DryRunReport report) {
        List<Placed> placed = placed(report);
        Map<String, Integer> lanes = new LinkedHashMap<>();
        placed.forEach(p -> lanes.putIfAbsent(p.step().service(), lanes.size()));
        Scale x = Scale.of(placed);
        int height = TOP + lanes.size() * LANE + AXIS;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" width=\"100%\" role=\"img\" aria-label=\"timeline of ")
                .append(placed.size()).append(" steps\" font-family=\"inherit\">\n");
        phases(svg, placed, x, height);
        for (Map.Entry<String, Integer> lane : lanes.entrySet()) {
            int top = TOP + lane.getValue() * LANE;
            svg.append("<line class=\"lane\" x1=\"0\" x2=\"").append(WIDTH).append("\" y1=\"").append(top + LANE)
                    .append("\" y2=\"").append(top + LANE).append("\"/>\n");
            svg.append("<text class=\"lane-label\" x=\"8\" y=\"").append(top + 22).append("\">")
                    .append(escape(clip(lane.getKey(), 20))).append("<title>").append(escape(lane.getKey()))
                    .append("</title></text>\n");
        }
        axis(svg, x, TOP + lanes.size() * LANE);
        for (Placed p : placed) {
            bar(svg, p, x, TOP + lanes.get(p.step().service()) * LANE);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static List<Placed> placed(DryRunReport report) {
        List<Placed> placed = new ArrayList<>();
        int number = 0;
        for (PhaseRun phase : report.phases()) {
            for (StepRun step : phase.steps()) {
                number++;
                boolean ran = step.status() == StepStatus.OK || step.status() == StepStatus.FAILED;
                if (ran && (step.wallMillis() > 0 || step.startMillis() > 0)) {
                    placed.add(new Placed(number, phase.phaseId(), step));
                }
            }
        }
        return placed;
    }

    private static void phases(StringBuilder svg, List<Placed> placed, Scale x, int height) {
        Map<String, long[]> spans = new LinkedHashMap<>();
        for (Placed p : placed) {
            long[] span = spans.computeIfAbsent(p.phaseId(), k -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
            span[0] = Math.min(span[0], p.step().startMillis());
            span[1] = Math.max(span[1], p.end());
        }
        int i = 0;
        for (Map.Entry<String, long[]> span : spans.entrySet()) {
            double left = x.at(span.getValue()[0]);
            double width = Math.max(1, x.at(span.getValue()[1]) - left);
            svg.append("<rect class=\"phase-band").append(i++ % 2 == 0 ? "" : " odd").append("\" x=\"")
                    .append(fmt(left)).append("\" y=\"").append(TOP - 22).append("\" width=\"").append(fmt(width))
                    .append("\" height=\"").append(height - AXIS - TOP + 22).append("\"><title>phase ")
                    .append(escape(span.getKey())).append("</title></rect>\n");
            if (width > 24) {
                svg.append("<text class=\"phase-label\" x=\"").append(fmt(left + 4)).append("\" y=\"")
                        .append(TOP - 8).append("\">").append(escape(clip(span.getKey(),
                                (int) ((width - 8) / LABEL_CHAR)))).append("</text>\n");
            }
        }
    }

    private static void axis(StringBuilder svg, Scale x, int y) {
        svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>\n");
        double lastLabel = Double.NEGATIVE_INFINITY;
        for (Segment segment : x.segments()) {
            if (segment.gap()) {
                // the idle time between phases is squeezed; two slashes on the axis say so
                double mid = (segment.x0() + segment.x1()) / 2;
                svg.append("<path class=\"axis-break\" d=\"M").append(fmt(mid - 4)).append(' ').append(y + 5)
                        .append(" l4 -10 M").append(fmt(mid)).append(' ').append(y + 5).append(" l4 -10\"/>\n");
                continue;
            }
            long span = segment.t1() - segment.t0();
            long tick = tick(span, Math.max(1, (int) ((segment.x1() - segment.x0()) / 90)));
            for (long t = (segment.t0() + tick - 1) / tick * tick; t <= segment.t1(); t += tick) {
                double at = x.at(t);
                svg.append("<line class=\"grid\" x1=\"").append(fmt(at)).append("\" x2=\"").append(fmt(at))
                        .append("\" y1=\"").append(TOP).append("\" y2=\"").append(y + 4).append("\"/>\n");
                if (at - lastLabel >= 56) {
                    svg.append("<text class=\"tick\" x=\"").append(fmt(at)).append("\" y=\"").append(y + 18)
                            .append("\" text-anchor=\"middle\">").append(escape(tickLabel(t))).append("</text>\n");
                    lastLabel = at;
                }
            }
        }
    }

    private static void bar(StringBuilder svg, Placed p, Scale x, int top) {
        StepRun step = p.step();
        double left = x.at(step.startMillis());
        double width = Math.max(2.5, x.at(step.startMillis() + step.wallMillis()) - left);
        String status = step.status() == StepStatus.FAILED ? "failed" : "ok";
        svg.append("<g class=\"step\"><rect class=\"bar ").append(status).append("\" data-step=\"")
                .append(escape(step.stepId())).append("\" x=\"").append(fmt(left)).append("\" y=\"")
                .append(top + 6).append("\" width=\"").append(fmt(width)).append("\" height=\"20\" rx=\"2\"><title>#")
                .append(p.number()).append(' ').append(escape(step.stepId())).append(" (")
                .append(escape(step.service())).append(", ").append(escape(step.operation())).append("): ")
                .append(status).append(", ").append(duration(step.wallMillis())).append(" from ")
                .append(duration(step.startMillis())).append("</title></rect>");
        String label = "#" + p.number() + " " + step.stepId();
        String shortLabel = "#" + p.number();
        String text = width >= label.length() * LABEL_CHAR + 8 ? label
                : width >= shortLabel.length() * LABEL_CHAR + 6 ? shortLabel : null;
        if (text != null) {
            svg.append("<text class=\"bar-label\" x=\"").append(fmt(left + 4)).append("\" y=\"").append(top + 20)
                    .append("\">").append(escape(text)).append("</text>");
        }
        for (ObservedLock lock : step.locks()) {
            double lockLeft = x.at(lock.fromMillis());
            double lockWidth = Math.max(2, x.at(lock.toMillis()) - lockLeft);
            svg.append("<rect class=\"lock ").append(lock.blocksWrites() ? "blocks" : "passes")
                    .append(lock.granted() ? "" : " waited").append("\" x=\"").append(fmt(lockLeft))
                    .append("\" y=\"").append(top + 29).append("\" width=\"").append(fmt(lockWidth))
                    .append("\" height=\"8\" rx=\"1\"><title>").append(escape(lock.mode())).append(" on ")
                    .append(escape(lock.relation())).append(lock.granted() ? "" : " (waited for it)").append(", ")
                    .append(duration(lock.toMillis() - lock.fromMillis())).append(", ")
                    .append(lock.blocksWrites() ? "blocks writes" : "writes pass").append(" (")
                    .append(escape(lock.source())).append(") during #").append(p.number()).append("</title></rect>");
        }
        svg.append("</g>\n");
    }

    /** A round tick interval (1, 2 or 5 times a power of ten milliseconds) giving at most {@code ticks} ticks. */
    static long tick(long span, int ticks) {
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (span / (step * m) <= ticks) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }

    private static String tickLabel(long millis) {
        if (millis == 0) {
            return "0";
        }
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return millis % 1_000 == 0 ? millis / 1_000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1e3);
        }
        long seconds = millis / 1_000;
        return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }

    private static String clip(String text, int max) {
        return text.length() <= Math.max(2, max) ? text : text.substring(0, Math.max(1, max - 1)) + "…";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A stretch of time drawn at one linear scale: a phase (or phases that overlap), or the idle gap after it. */
    private record Segment(long t0, long t1, double x0, double x1, boolean gap) {
    }

    /**
     * Milliseconds to x coordinates, piecewise linear: each phase gets at least a fair share of the width so a
     * phase of quick DDL stays readable beside an hour of backfill, and idle gaps between phases are squeezed.
     */
    private record Scale(List<Segment> segments) {
        private static final double MIN_SHARE = 0.12;
        private static final double GAP_MIN = 8;
        private static final double GAP_MAX = 28;

        static Scale of(List<Placed> placed) {
            List<long[]> spans = new ArrayList<>();
            Map<String, long[]> byPhase = new LinkedHashMap<>();
            for (Placed p : placed) {
                long[] span = byPhase.computeIfAbsent(p.phaseId(), k -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
                span[0] = Math.min(span[0], p.step().startMillis());
                span[1] = Math.max(span[1], p.end());
            }
            byPhase.values().stream().sorted(java.util.Comparator.comparingLong(a -> a[0])).forEach(span -> {
                long[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (last != null && span[0] <= last[1]) {
                    last[1] = Math.max(last[1], span[1]);
                } else {
                    spans.add(new long[] {span[0], Math.max(span[1], span[0] + 1)});
                }
            });
            long total = spans.get(spans.size() - 1)[1] - spans.get(0)[0];
            double share = Math.min(MIN_SHARE, 0.8 / spans.size());
            double width = WIDTH - LEFT - RIGHT;
            List<Double> gaps = new ArrayList<>();
            double gapWidth = 0;
            for (int i = 1; i < spans.size(); i++) {
                long idle = spans.get(i)[0] - spans.get(i - 1)[1];
                double w = Math.max(GAP_MIN, Math.min(GAP_MAX, width * idle / total));
                gaps.add(w);
                gapWidth += w;
            }
            double[] weights = new double[spans.size()];
            double sum = 0;
            for (int i = 0; i < spans.size(); i++) {
                weights[i] = Math.max((double) (spans.get(i)[1] - spans.get(i)[0]) / total, share);
                sum += weights[i];
            }
            List<Segment> segments = new ArrayList<>();
            double at = LEFT;
            for (int i = 0; i < spans.size(); i++) {
                if (i > 0) {
                    double w = gaps.get(i - 1);
                    segments.add(new Segment(spans.get(i - 1)[1], spans.get(i)[0], at, at + w, true));
                    at += w;
                }
                double w = (width - gapWidth) * weights[i] / sum;
                segments.add(new Segment(spans.get(i)[0], spans.get(i)[1], at, at + w, false));
                at += w;
            }
            return new Scale(segments);
        }

        double at(long millis) {
            for (Segment s : segments) {
                if (millis <= s.t1()) {
                    if (millis <= s.t0() || s.t1() == s.t0()) {
                        return s.x0();
                    }
                    return s.x0() + (double) (millis - s.t0()) / (s.t1() - s.t0()) * (s.x1() - s.x0());
                }
            }
            return segments.get(segments.size() - 1).x1();
        }
    }
}
