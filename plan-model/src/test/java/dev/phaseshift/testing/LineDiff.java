package dev.phaseshift.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, cut after the first differences so that an assertion message
 * stays readable. Meant for test failures (schema dumps, rendered scripts), not for huge inputs: the common
 * prefix and suffix are skipped, the rest is compared with a quadratic longest-common-subsequence table.
 */
public final class LineDiff {

    private static final int CONTEXT = 3;
    private static final int DEFAULT_MAX_LINES = 80;

    private LineDiff() {
    }

    /** The diff with {@code ---}/{@code +++} headers, or the empty string when the texts are equal. */
    public static String unified(String expectedLabel, String expected, String actualLabel, String actual) {
        return unified(expectedLabel, expected, actualLabel, actual, DEFAULT_MAX_LINES);
    }

    /** As {@link #unified(String, String, String, String)}, showing at most {@code maxLines} diff lines. */
    public static String unified(String expectedLabel, String expected, String actualLabel, String actual,
                                 int maxLines) {
        if (expected.equals(actual)) {
            return "";
        }
        List<String> a = List.of(expected.split("\n", -1));
        List<String> b = List.of(actual.split("\n", -1));
        List<Line> script = compare(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(expectedLabel).append('\n');
        out.append("+++ ").append(actualLabel).append('\n');
        int shown = 0;
        int i = 0;
        while (i < script.size()) {
            if (script.get(i).mark() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            // one hunk while the next change is at most two contexts away
            int lastChange = i;
            for (int k = i + 1; k < script.size() && k - lastChange <= 2 * CONTEXT + 1; k++) {
                if (script.get(k).mark() != ' ') {
                    lastChange = k;
                }
            }
            int end = Math.min(script.size(), lastChange + CONTEXT + 1);
            Line first = script.get(start);
            out.append("@@ -").append(first.oldLine()).append(" +").append(first.newLine()).append(" @@\n");
            for (int k = start; k < end; k++) {
                if (shown == maxLines) {
                    out.append("... (more differences cut)\n");
                    return out.toString();
                }
                out.append(script.get(k).mark()).append(script.get(k).text()).append('\n');
                shown++;
            }
            i = end;
        }
        return out.toString();
    }

    /** One line of the edit script: {@code ' '} kept, {@code '-'} only expected, {@code '+'} only actual. */
    private record Line(char mark, String text, int oldLine, int newLine) {
    }

    private static List<Line> compare(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        int n = a.size() - prefix - suffix;
        int m = b.size() - prefix - suffix;
        int[][] lcs = new int[n + 1][m + 1];
        for (int x = n - 1; x >= 0; x--) {
            for (int y = m - 1; y >= 0; y--) {
                lcs[x][y] = a.get(prefix + x).equals(b.get(prefix + y))
                        ? lcs[x + 1][y + 1] + 1 : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
            }
        }
        List<Line> script = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            script.add(new Line(' ', a.get(k), k + 1, k + 1));
        }
        int x = 0;
        int y = 0;
        while (x < n || y < m) {
            int oldLine = prefix + x + 1;
            int newLine = prefix + y + 1;
            if (x < n && y < m && a.get(prefix + x).equals(b.get(prefix + y))) {
                script.add(new Line(' ', a.get(prefix + x), oldLine, newLine));
                x++;
                y++;
            } else if (x < n && (y == m || lcs[x + 1][y] >= lcs[x][y + 1])) {
                script.add(new Line('-', a.get(prefix + x), oldLine, newLine));
                x++;
            } else {
                script.add(new Line('+', b.get(prefix + y), oldLine, newLine));
                y++;
            }
        }
        for (int k = 0; k < suffix; k++) {
            int ai = a.size() - suffix + k;
            int bi = b.size() - suffix + k;
            script.add(new Line(' ', a.get(ai), ai + 1, bi + 1));
        }
        return script;
    }
}
