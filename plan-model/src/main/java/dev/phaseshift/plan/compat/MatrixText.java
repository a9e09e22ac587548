package dev.phaseshift.plan.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The matrix as a fixed-width table (consumer version by state: {@code ✓}, {@code ✗} or {@code not live}),
 * followed by the breaks of the live cells, each once with the states where it matters.
 */
public final class MatrixText {
    static final String COMPATIBLE = "✓";
    static final String BROKEN = "✗";
    static final String NOT_LIVE = "not live";

    private MatrixText() {
    }

    public static String render(CompatibilityMatrix matrix) {
        StringBuilder out = new StringBuilder("consumer compatibility before the plan and after each phase ("
                + COMPATIBLE + " compatible, " + BROKEN + " breaks, " + NOT_LIVE + ": that version does not run there)\n");
        if (matrix.versions().isEmpty()) {
            return out.append("  the estate declares no consumers\n").toString();
        }
        int first = Math.max("consumer".length(), matrix.versions().stream().mapToInt(String::length).max()
                .orElse(0));
        List<Integer> widths = new ArrayList<>();
        for (String state : matrix.states()) {
            widths.add(Math.max(state.length(), NOT_LIVE.length()));
        }
        List<String> header = new ArrayList<>(List.of("consumer"));
        header.addAll(matrix.states());
        line(out, header, first, widths);
        for (String version : matrix.versions()) {
            List<String> row = new ArrayList<>(List.of(version));
            for (MatrixCell cell : matrix.row(version)) {
                row.add(!cell.live() ? NOT_LIVE : cell.compatible() ? COMPATIBLE : BROKEN);
            }
            line(out, row, first, widths);
        }
        matrix.assumed().forEach((version, from) -> out.append("  ").append(version)
                .append(": not declared in the estate; assumed to use what ").append(from)
                .append(" uses, under the plan's renames and moves\n"));
        if (matrix.green()) {
            return out.append("every live consumer version is compatible at every state\n").toString();
        }
        out.append("breaks:\n");
        Map<String, List<String>> states = new LinkedHashMap<>();
        Map<String, ConsumerBreak> breaks = new LinkedHashMap<>();
        for (MatrixCell cell : matrix.broken()) {
            for (ConsumerBreak b : cell.breaks()) {
                String key = b.label() + "|" + b.kind() + "|" + b.object();
                breaks.putIfAbsent(key, b);
                states.computeIfAbsent(key, k -> new ArrayList<>()).add(cell.state());
            }
        }
        for (Map.Entry<String, ConsumerBreak> e : breaks.entrySet()) {
            ConsumerBreak b = e.getValue();
            out.append("  ").append(BROKEN).append(' ').append(b.reason())
                    .append(b.stepId() == null ? "" : " (step \"" + b.stepId() + "\")")
                    .append("; live and broken at: ").append(String.join(", ", states.get(e.getKey())))
                    .append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int first, List<Integer> widths) {
        StringBuilder line = new StringBuilder("  ").append(pad(cells.get(0), first));
        for (int i = 1; i < cells.size(); i++) {
            line.append("  ").append(pad(cells.get(i), widths.get(i - 1)));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
