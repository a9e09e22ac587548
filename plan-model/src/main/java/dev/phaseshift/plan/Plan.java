package dev.phaseshift.plan;

import dev.phaseshift.estate.SourceLocation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A phased migration plan.
 *
 * @param services the services the plan touches or waits for, as declared (validation checks them)
 * @param location the plan file, or null for a plan built in memory
 */
public record Plan(String name, String description, List<String> services, List<Phase> phases,
                   SourceLocation location) {
    public static final String FORMAT = "phaseshift/plan@1";

    public Plan {
        Objects.requireNonNull(name, "name");
        services = services == null ? List.of() : List.copyOf(services);
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    public static Plan of(String name, String description, List<Phase> phases) {
        LinkedHashSet<String> services = new LinkedHashSet<>();
        for (Phase p : phases) {
            p.steps().forEach(s -> services.add(s.service()));
            p.deployments().forEach(d -> services.add(d.service()));
        }
        return new Plan(name, description, List.copyOf(services), phases, null);
    }

    public Optional<Phase> phase(String id) {
        return phases.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Stream<Step> steps() {
        return phases.stream().flatMap(p -> p.steps().stream());
    }

    public int stepCount() {
        return phases.stream().mapToInt(p -> p.steps().size()).sum();
    }
}
