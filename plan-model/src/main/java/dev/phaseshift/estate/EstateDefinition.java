package dev.phaseshift.estate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The content of an estate file: its services. */
public record EstateDefinition(String name, String description, List<ServiceDefinition> services) {
    public EstateDefinition {
        Objects.requireNonNull(name, "name");
        services = List.copyOf(services);
    }

    public Optional<ServiceDefinition> service(String serviceName) {
        return services.stream().filter(s -> s.name().equals(serviceName)).findFirst();
    }
}
