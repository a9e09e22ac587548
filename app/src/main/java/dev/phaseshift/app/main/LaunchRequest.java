package dev.phaseshift.app.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a file given at launch asks the app to open; the desktop's "Open with" passes estate files
 * ({@code phaseshift.yaml}) and plan files ({@code *.plan.yaml}). A plan is reviewed against its estate: the
 * {@code phaseshift.yaml} beside it, else the one in the folder above (plans kept in {@code plans/}, as the demo
 * does).
 *
 * @param estate the estate file to open, or null when a plan has none beside or above it
 * @param plan   the plan to review once the estate is open, or null
 */
record LaunchRequest(Path estate, Path plan) {
    static final String PLAN_SUFFIX = ".plan.yaml";
    static final String ESTATE_FILE = "phaseshift.yaml";

    static LaunchRequest of(Path file) {
        Path name = file.getFileName();
        if (name == null || !name.toString().endsWith(PLAN_SUFFIX)) {
            return new LaunchRequest(file, null);
        }
        Path folder = file.toAbsolutePath().getParent();
        List<Path> candidates = new ArrayList<>();
        candidates.add(folder.resolve(ESTATE_FILE));
        if (folder.getParent() != null) {
            candidates.add(folder.getParent().resolve(ESTATE_FILE));
        }
        Path estate = candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
        return new LaunchRequest(estate, file);
    }
}
