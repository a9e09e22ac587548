package dev.phaseshift.app.plan;

import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.file.PlanFormatException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a reviewed plan comes from: a file on disk, or one of the demo plans bundled with the demo estate.
 *
 * @param name     what the plan is called in titles and file names ({@code rename-phone})
 * @param file     the plan file, or null for a bundled plan
 * @param resource the class-path resource of a bundled plan, or null for a file
 */
public record PlanSource(String name, Path file, String resource) {
    /** The plans bundled beside the demo estate, by name. */
    public static final List<String> DEMO_PLANS = List.of("rename-phone", "orders-priority");
    private static final String SUFFIX = ".plan.yaml";

    public PlanSource {
        Objects.requireNonNull(name, "name");
        if ((file == null) == (resource == null)) {
            throw new IllegalArgumentException("a plan source is a file or a bundled resource, not both or neither");
        }
    }

    public static PlanSource file(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String fileName = String.valueOf(absolute.getFileName());
        String name = fileName.endsWith(SUFFIX) ? fileName.substring(0, fileName.length() - SUFFIX.length())
                : fileName.replaceFirst("\\.(ya?ml|json)$", "");
        return new PlanSource(name, absolute, null);
    }

    public static PlanSource demo(String name) {
        if (!DEMO_PLANS.contains(name)) {
            throw new IllegalArgumentException("no demo plan \"" + name + "\"; there are " + DEMO_PLANS);
        }
        return new PlanSource(name, null, "demo/plans/" + name + SUFFIX);
    }

    /** How messages and reports name the plan file: its path, or the bundled resource. */
    public String origin() {
        return file != null ? file.toString() : resource + " (bundled)";
    }

    public boolean bundled() {
        return resource != null;
    }

    /** Reads the plan; a file that is not a valid plan gives its problems with file:line:column. */
    public Plan read() throws PlanFormatException {
        if (file != null) {
            return PlanFile.read(file);
        }
        try (InputStream in = PlanSource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled demo plan " + resource + " is missing");
            }
            return PlanFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), origin(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled plan " + resource, e);
        }
    }
}
