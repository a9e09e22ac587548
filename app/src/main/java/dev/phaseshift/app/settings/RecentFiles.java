package dev.phaseshift.app.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The estate files opened last, newest first, without duplicates and at most {@link #LIMIT}. */
public record RecentFiles(List<Path> paths) {
    public static final int LIMIT = 10;

    public RecentFiles {
        List<Path> unique = new ArrayList<>();
        for (Path p : paths) {
            Path normal = normalize(p);
            if (!unique.contains(normal) && unique.size() < LIMIT) {
                unique.add(normal);
            }
        }
        paths = List.copyOf(unique);
    }

    public static RecentFiles empty() {
        return new RecentFiles(List.of());
    }

    /** This list with {@code file} moved or added to the front, the oldest dropped beyond the limit. */
    public RecentFiles withOpened(Path file) {
        List<Path> next = new ArrayList<>();
        next.add(file);
        next.addAll(paths);
        return new RecentFiles(next);
    }

    public RecentFiles without(Path file) {
        Path normal = normalize(file);
        return new RecentFiles(paths.stream().filter(p -> !p.equals(normal)).toList());
    }

    public boolean contains(Path file) {
        return paths.contains(normalize(file));
    }

    private static Path normalize(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
