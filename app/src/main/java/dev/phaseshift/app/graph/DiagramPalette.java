package dev.phaseshift.app.graph;

import java.util.Locale;
import java.util.Map;

/**
 * The diagram's colours for a theme. plan-model paints for paper (white ground, slate ink); in the dark theme
 * each of its colours is swapped for one that keeps its meaning (amber focus, red impact, teal view reads...) on a
 * dark ground, so the canvas sits in the window like any other panel.
 */
final class DiagramPalette {
    /** The dark ground of the whole picture (the painter's first, full-size box). */
    static final String DARK_GROUND = "#0d1117";
    private static final Map<String, String> DARK = Map.ofEntries(
            Map.entry("#ffffff", "#161b22"),   // box bodies
            Map.entry("#f8fafc", "#10161e"),   // service frames
            Map.entry("#cbd5e1", "#30363d"),   // frame borders
            Map.entry("#0f172a", "#e6edf3"),   // text
            Map.entry("#1e293b", "#e6edf3"),   // frame titles
            Map.entry("#334155", "#c9d1d9"),   // legend text
            Map.entry("#475569", "#9da7b3"),   // subtitles
            Map.entry("#64748b", "#8b949e"),   // foreign keys, box borders, column types
            Map.entry("#94a3b8", "#6e7681"),   // hints
            Map.entry("#e2e8f0", "#262c36"),   // table header
            Map.entry("#ccfbf1", "#0f3b37"),   // view header
            Map.entry("#ede9fe", "#2c2550"),   // consumer header
            Map.entry("#fde68a", "#5a4312"),   // focus fill
            Map.entry("#b45309", "#f2b84b"),   // focus border
            Map.entry("#fecaca", "#5c2020"),   // impacted header
            Map.entry("#fee2e2", "#3b1d1f"),   // impacted row
            Map.entry("#dc2626", "#f85149"),   // impacted border
            Map.entry("#991b1b", "#ffa198"),   // impacted row text
            Map.entry("#0d9488", "#2dd4bf"),   // view reads
            Map.entry("#2563eb", "#58a6ff"),   // declared references
            Map.entry("#d97706", "#f0a83a"),   // inferred references
            Map.entry("#7c3aed", "#a78bfa"),   // consumer reads
            Map.entry("#db2777", "#f472b6"));  // consumer writes

    private final boolean dark;

    DiagramPalette(boolean dark) {
        this.dark = dark;
    }

    boolean dark() {
        return dark;
    }

    /** The colour to use for one the painter chose. */
    String colour(String painted) {
        if (!dark || painted == null) {
            return painted;
        }
        return DARK.getOrDefault(painted.toLowerCase(Locale.ROOT), painted);
    }

    /** The colour around the picture, in the viewport. */
    String around() {
        return dark ? "#10161e" : "#eef2f6";
    }

    /** The colour of the ground. */
    String ground() {
        return dark ? DARK_GROUND : "#ffffff";
    }
}
