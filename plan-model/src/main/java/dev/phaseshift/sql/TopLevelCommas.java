package dev.phaseshift.sql;

import java.util.ArrayList;
import java.util.List;

/** Splits SQL text at the commas that separate its items, not at those inside brackets or quotes. */
public final class TopLevelCommas {
    private TopLevelCommas() {
    }

    /**
     * The comma-separated items of {@code text}, each trimmed, empty ones left out; commas inside parentheses,
     * brackets ({@code ARRAY['a', 'b']}) and quotes ({@code '…'}, {@code "…"}, {@code `…`}) do not split.
     */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(text.substring(start, i).trim());
                start = i + 1;
            }
        }
        out.add(text.substring(start).trim());
        out.removeIf(String::isEmpty);
        return out;
    }
}
