package dev.phaseshift.app.editor;

import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.Gate;
import dev.phaseshift.plan.ManualApproval;
import dev.phaseshift.plan.VerificationGate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A gate's fields as the phase header edits them in place: what each holds, what is wrong with a value as it is
 * typed, and the gate the values make. {@code services} are the names a gate may wait for or verify on; empty
 * when the editor has no estate to check them against.
 */
public final class GateForm {
    /** One field of a gate: {@code description}, {@code service}, {@code query} or {@code version}. */
    public record Field(String id, String label, String value) {
    }

    private GateForm() {
    }

    static List<Field> fields(Gate gate) {
        if (gate instanceof ManualApproval approval) {
            return List.of(new Field("description", "Approval", approval.description() == null ? ""
                    : approval.description()));
        }
        if (gate instanceof VerificationGate check) {
            return List.of(new Field("service", "Verify on", check.service()),
                    new Field("query", "Query", check.query()));
        }
        DeploymentWait wait = (DeploymentWait) gate;
        return List.of(new Field("service", "Wait for", wait.service()), new Field("version", "Version",
                wait.version()));
    }

    /** What is wrong with {@code text} as field {@code id}, in the words shown under the field; empty when fine. */
    static Optional<String> problem(String id, String text, Set<String> services) {
        String value = text == null ? "" : text.strip();
        return Optional.ofNullable(switch (id) {
            case "description" -> value.isEmpty() ? "description: say what a person must confirm" : null;
            case "query" -> value.isEmpty() ? "query: a query whose single value must be true" : null;
            case "version" -> value.isEmpty() ? "version: name the version to wait for"
                    : value.chars().anyMatch(Character::isWhitespace) ? "version: \"" + value + "\" has a space"
                    : null;
            case "service" -> value.isEmpty() ? "service: name a service"
                    : !services.isEmpty() && !services.contains(value)
                    ? "service: \"" + value + "\" is not a service of the estate" : null;
            default -> throw new IllegalArgumentException("no gate field \"" + id + "\"");
        });
    }

    /** The gate of {@code gate}'s kind with {@code values} (field id to text), trimmed. */
    static Gate with(Gate gate, Map<String, String> values) {
        java.util.function.Function<String, String> value = id -> values.getOrDefault(id, fields(gate).stream()
                .filter(f -> f.id().equals(id)).findFirst().map(Field::value).orElse("")).strip();
        if (gate instanceof ManualApproval) {
            return new ManualApproval(value.apply("description"));
        }
        if (gate instanceof VerificationGate) {
            return new VerificationGate(value.apply("service"), value.apply("query"));
        }
        return new DeploymentWait(value.apply("service"), value.apply("version"));
    }
}
