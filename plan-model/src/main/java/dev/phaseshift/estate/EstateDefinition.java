package dev.phaseshift.estate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of an estate file: its services, the references declared between them, the consumer contracts of
 * each service version, the user's decisions on inferred references, and lint levels for this estate.
 *
 * @param origin the file or resource it was read from, for messages; "unknown" when built in code
 */
public record EstateDefinition(String name, String description, List<ServiceDefinition> services,
                               List<DeclaredReference> references, List<ConsumerContract> consumers,
                               List<ReferenceDecision> decisions, List<LintSetting> lint, String origin) {
    public EstateDefinition {
        Objects.requireNonNull(name, "name");
        services = List.copyOf(services);
        references = references == null ? List.of() : List.copyOf(references);
        consumers = consumers == null ? List.of() : List.copyOf(consumers);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        lint = lint == null ? List.of() : List.copyOf(lint);
        origin = origin == null ? "unknown" : origin;
    }

    /** An estate of services only. */
    public EstateDefinition(String name, String description, List<ServiceDefinition> services) {
        this(name, description, services, List.of(), List.of(), List.of(), List.of(), null);
    }

    public Optional<ServiceDefinition> service(String serviceName) {
        return services.stream().filter(s -> s.name().equals(serviceName)).findFirst();
    }

    public Optional<ReferenceDecision> decision(ReferencePair pair) {
        return decisions.stream().filter(d -> d.pair().equals(pair)).findFirst();
    }

    public Optional<ConsumerContract> consumer(String serviceName, String version) {
        return consumers.stream().filter(c -> c.service().equals(serviceName) && c.version().equals(version))
                .findFirst();
    }

    public EstateDefinition withReferences(List<DeclaredReference> value) {
        return new EstateDefinition(name, description, services, value, consumers, decisions, lint, origin);
    }

    public EstateDefinition withConsumers(List<ConsumerContract> value) {
        return new EstateDefinition(name, description, services, references, value, decisions, lint, origin);
    }

    public EstateDefinition withDecisions(List<ReferenceDecision> value) {
        return new EstateDefinition(name, description, services, references, consumers, value, lint, origin);
    }
}
