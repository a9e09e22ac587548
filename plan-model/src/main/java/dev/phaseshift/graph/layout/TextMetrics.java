package dev.phaseshift.graph.layout;

/**
 * Text sizes for a monospace font, so boxes fit their text without measuring fonts: every renderer uses a
 * monospace family (DejaVu Sans Mono, Menlo, Consolas), whose advance is 0.6 em.
 */
public final class TextMetrics {
    public static final String FONT_FAMILY = "DejaVu Sans Mono, Menlo, Consolas, Liberation Mono, monospace";
    private static final double ADVANCE = 0.61;

    private TextMetrics() {
    }

    public static double width(String text, double fontSize) {
        return text == null ? 0 : text.codePointCount(0, text.length()) * fontSize * ADVANCE;
    }

    /** The text cut to at most {@code maxChars} characters, with an ellipsis when cut. */
    public static String clip(String text, int maxChars) {
        if (text == null || text.codePointCount(0, text.length()) <= maxChars) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxChars - 1)) + "…";
    }
}
