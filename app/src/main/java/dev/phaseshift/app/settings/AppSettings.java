package dev.phaseshift.app.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The typed settings of the application over a {@link SettingsStore}; unreadable values count as absent. */
public final class AppSettings {
    private static final String THEME = "theme";
    private static final String WINDOW = "window.";
    private static final String RECENT = "recent.";
    private static final String DIVIDERS = "dividers.";
    private static final String RECENT_PLANS = "recentPlans.";
    private static final String SCRATCH = "scratch.";

    private final SettingsStore store;

    public AppSettings(SettingsStore store) {
        this.store = store;
    }

    public ColorScheme colorScheme() {
        return store.get(THEME).flatMap(AppSettings::parseScheme).orElse(ColorScheme.LIGHT);
    }

    public void setColorScheme(ColorScheme scheme) {
        store.put(THEME, scheme.name().toLowerCase(Locale.ROOT));
    }

    public Optional<WindowBounds> windowBounds() {
        try {
            Optional<Double> x = number(WINDOW + "x");
            Optional<Double> y = number(WINDOW + "y");
            Optional<Double> w = number(WINDOW + "width");
            Optional<Double> h = number(WINDOW + "height");
            if (x.isEmpty() || y.isEmpty() || w.isEmpty() || h.isEmpty()) {
                return Optional.empty();
            }
            boolean maximized = store.get(WINDOW + "maximized").map(Boolean::parseBoolean).orElse(false);
            return Optional.of(new WindowBounds(x.get(), y.get(), w.get(), h.get(), maximized));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void setWindowBounds(WindowBounds bounds) {
        store.put(WINDOW + "x", Double.toString(bounds.x()));
        store.put(WINDOW + "y", Double.toString(bounds.y()));
        store.put(WINDOW + "width", Double.toString(bounds.width()));
        store.put(WINDOW + "height", Double.toString(bounds.height()));
        store.put(WINDOW + "maximized", Boolean.toString(bounds.maximized()));
    }

    public RecentFiles recentFiles() {
        return recent(RECENT);
    }

    public void setRecentFiles(RecentFiles recent) {
        setRecent(RECENT, recent);
    }

    /** The plan files opened or saved last in the plan editor. */
    public RecentFiles recentPlans() {
        return recent(RECENT_PLANS);
    }

    public void setRecentPlans(RecentFiles recent) {
        setRecent(RECENT_PLANS, recent);
    }

    private RecentFiles recent(String prefix) {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < RecentFiles.LIMIT; i++) {
            Optional<String> value = store.get(prefix + i);
            if (value.isEmpty()) {
                break;
            }
            try {
                paths.add(Path.of(value.get()));
            } catch (InvalidPathException e) {
                // a path from another platform: skip it
            }
        }
        return new RecentFiles(paths);
    }

    private void setRecent(String prefix, RecentFiles recent) {
        List<Path> paths = recent.paths();
        for (int i = 0; i < RecentFiles.LIMIT; i++) {
            if (i < paths.size()) {
                store.put(prefix + i, paths.get(i).toString());
            } else {
                store.remove(prefix + i);
            }
        }
    }

    /** The divider positions of the split pane called {@code name}, or empty when never saved or unreadable. */
    public Optional<double[]> dividerPositions(String name) {
        return store.get(DIVIDERS + name).flatMap(AppSettings::parsePositions);
    }

    public void setDividerPositions(String name, double... positions) {
        StringBuilder text = new StringBuilder();
        for (double p : positions) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(p);
        }
        store.put(DIVIDERS + name, text.toString());
    }

    /**
     * The scratch server last used for dry-runs of {@code engine} ({@code postgresql}, {@code mysql}) on the estate
     * {@code estateKey}: a JDBC URL without password. Keys are hashed, as preference keys are short.
     */
    public Optional<String> scratchServer(String estateKey, String engine) {
        return store.get(scratchKey(estateKey, engine)).filter(s -> !s.isBlank());
    }

    public void setScratchServer(String estateKey, String engine, String jdbcUrl) {
        store.put(scratchKey(estateKey, engine), jdbcUrl);
    }

    private static String scratchKey(String estateKey, String engine) {
        return SCRATCH + Integer.toHexString(estateKey.hashCode()) + "." + engine;
    }

    public void flush() {
        store.flush();
    }

    private Optional<Double> number(String key) {
        return store.get(key).map(Double::valueOf).filter(d -> !d.isNaN() && !d.isInfinite());
    }

    private static Optional<ColorScheme> parseScheme(String text) {
        return Arrays.stream(ColorScheme.values())
                .filter(s -> s.name().equalsIgnoreCase(text.trim()))
                .findFirst();
    }

    private static Optional<double[]> parsePositions(String text) {
        try {
            double[] positions = Arrays.stream(text.split(",")).map(String::trim).mapToDouble(Double::parseDouble)
                    .toArray();
            for (double p : positions) {
                if (!(p >= 0 && p <= 1)) {
                    return Optional.empty();
                }
            }
            return positions.length == 0 ? Optional.empty() : Optional.of(positions);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
