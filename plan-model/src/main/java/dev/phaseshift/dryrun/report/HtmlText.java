package dev.phaseshift.dryrun.report;

import java.util.Locale;

/** Escaping and the number and duration wording shared by the HTML report and its timeline. */
final class HtmlText {
    private HtmlText() {
    }

    /** Text safe in element content and in quoted attribute values; null becomes empty. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An identifier that may wrap after its underscores as well as its dashes, so long step ids fit a column. */
    static String breakable(String id) {
        return escape(id).replace("_", "_<wbr>");
    }

    /** {@code 38 ms}, {@code 6.9 s}, {@code 42 s}, {@code 3 min 12 s}, {@code 4 h 37 min}. */
    static String duration(long millis) {
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 10_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = Math.round(millis / 1000.0);
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3_600) {
            return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        }
        long minutes = Math.round(seconds / 60.0);
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    /** {@code 2,400,000}. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** An identifier for an {@code id} attribute: letters, digits and dashes only, so it needs no escaping. */
    static String anchor(String prefix, String text) {
        StringBuilder out = new StringBuilder(prefix);
        for (char c : text.toCharArray()) {
            out.append(Character.isLetterOrDigit(c) && c < 128 ? c : '-');
        }
        // distinct texts may clean up to the same anchor; their hash keeps them apart
        return out.append('-').append(Integer.toHexString(text.hashCode())).toString();
    }
}
