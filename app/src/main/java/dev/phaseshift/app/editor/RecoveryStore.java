package dev.phaseshift.app.editor;

import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.file.PlanFormatException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * The recovery file: the plan being edited, written after each edit until it is saved, so that a crash loses
 * nothing. Written to a temporary file and moved into place, so a process killed mid-write leaves the previous
 * complete copy. Lives in the user's application data directory, or where the system property
 * {@value #DIR_PROPERTY} says (tests).
 */
public final class RecoveryStore {
    public static final String DIR_PROPERTY = "phaseshift.recovery.dir";
    private static final String PLAN = "unsaved.plan.yaml";
    private static final String ORIGIN = "unsaved.origin";

    /** A plan found in the recovery file, and the plan file it was opened from (null for a new plan). */
    public record Recovered(Plan plan, Path file, String yaml) {
    }

    private final Path dir;

    public RecoveryStore(Path dir) {
        this.dir = dir;
    }

    /** The store under the system property's directory, else the platform's application data directory. */
    public static RecoveryStore forCurrentUser() {
        String override = System.getProperty(DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return new RecoveryStore(Path.of(override));
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path base;
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            base = Path.of(System.getenv("APPDATA"), "Phaseshift");
        } else if (os.contains("mac")) {
            base = Path.of(home, "Library", "Application Support", "Phaseshift");
        } else {
            String data = System.getenv("XDG_DATA_HOME");
            base = (data == null || data.isBlank() ? Path.of(home, ".local", "share") : Path.of(data))
                    .resolve("phaseshift");
        }
        return new RecoveryStore(base.resolve("recovery"));
    }

    public Path directory() {
        return dir;
    }

    /** Writes {@code plan} (and the file it belongs to) as the one to offer back after a crash. */
    public void save(Plan plan, Path file) {
        try {
            Files.createDirectories(dir);
            replace(ORIGIN, file == null ? "" : file.toString());
            replace(PLAN, PlanFile.toYaml(plan));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the recovery file in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The plan left by a session that did not save it, if any and if it reads. */
    public Optional<Recovered> load() {
        Path plan = dir.resolve(PLAN);
        if (!Files.isRegularFile(plan)) {
            return Optional.empty();
        }
        try {
            String yaml = Files.readString(plan, StandardCharsets.UTF_8);
            Path origin = dir.resolve(ORIGIN);
            String file = Files.isRegularFile(origin) ? Files.readString(origin, StandardCharsets.UTF_8).trim() : "";
            return Optional.of(new Recovered(PlanFile.read(yaml, plan.toString(), false),
                    file.isEmpty() ? null : Path.of(file), yaml));
        } catch (IOException | PlanFormatException e) {
            return Optional.empty();
        }
    }

    /** Forgets the recovery file: the plan was saved or deliberately discarded. */
    public void clear() {
        try {
            Files.deleteIfExists(dir.resolve(PLAN));
            Files.deleteIfExists(dir.resolve(ORIGIN));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the recovery file in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void replace(String name, String text) throws IOException {
        Path temp = Files.createTempFile(dir, name, ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
