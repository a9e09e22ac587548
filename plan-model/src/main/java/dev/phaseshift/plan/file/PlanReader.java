package dev.phaseshift.plan.file;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.SourceLocation;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.Gate;
import dev.phaseshift.plan.ManualApproval;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.VerificationGate;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.OperationNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps the node tree of a plan file to a {@link Plan}, collecting every problem instead of stopping at the first. */
final class PlanReader {
    static final List<String> PLAN_KEYS = List.of("format", "name", "description", "services", "phases");
    static final List<String> PHASE_KEYS = List.of("id", "kind", "description", "depends_on", "gates", "steps",
            "deployments");
    static final List<String> STEP_KEYS = List.of("id", "service", "operation", "rollback", "notes");
    static final List<String> DEPLOYMENT_KEYS = List.of("service", "from", "to");
    static final Map<String, List<String>> GATES = Map.of("manual_approval", List.of("description"),
            "verify", List.of("service", "query"), "wait_for_deployment", List.of("service", "version"));

    private final List<Problem> problems = new ArrayList<>();
    private final SourceLocation fileLocation;

    PlanReader(String origin) {
        this.fileLocation = SourceLocation.of(origin, 0, 0);
    }

    List<Problem> problems() {
        return problems;
    }

    Plan plan(Node root) {
        if (root.kind() != Node.Kind.MAP) {
            problems.add(PlanProblems.wrongType("the plan", "a mapping", root));
            return null;
        }
        PlanProblems.unknownKeys(root, PLAN_KEYS, "the plan", problems);
        String format = text(root, "format", "the plan", true);
        if (format != null && !format.equals(Plan.FORMAT)) {
            problems.add(Problem.error("unknown-format", "format \"" + format + "\" is not supported",
                    "write \"format: " + Plan.FORMAT + "\"", root.fields().get("format").location()));
        }
        String name = text(root, "name", "the plan", true);
        String description = text(root, "description", "the plan", false);
        List<String> services = texts(root, "services", "the plan");
        List<Phase> phases = new ArrayList<>();
        Node phaseList = list(root, "phases", "the plan", true);
        if (phaseList != null) {
            for (int i = 0; i < phaseList.items().size(); i++) {
                Phase phase = phase(phaseList.items().get(i), "phases[" + i + "]");
                if (phase != null) {
                    phases.add(phase);
                }
            }
        }
        if (!problems.isEmpty() || name == null) {
            return null;
        }
        return new Plan(name, description, services, phases,
                SourceLocation.of(fileLocation.file(), root.location().line(), root.location().column()));
    }

    private Phase phase(Node node, String what) {
        if (node.kind() != Node.Kind.MAP) {
            problems.add(PlanProblems.wrongType(what, "a mapping", node));
            return null;
        }
        PlanProblems.unknownKeys(node, PHASE_KEYS, "phase", problems);
        String id = text(node, "id", what, true);
        String label = id == null ? what : "phase \"" + id + "\"";
        String kindText = text(node, "kind", label, true);
        PhaseKind kind = null;
        if (kindText != null) {
            try {
                kind = PhaseKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error("unknown-phase-kind", "kind \"" + kindText + "\" of " + label
                                + " is not one of expand, migrate, switch, contract", null,
                        node.fields().get("kind").location()));
            }
        }
        String description = text(node, "description", label, false);
        List<String> dependsOn = texts(node, "depends_on", label);
        List<Gate> gates = new ArrayList<>();
        Node gateList = list(node, "gates", label, false);
        if (gateList != null) {
            for (Node g : gateList.items()) {
                Gate gate = gate(g, label);
                if (gate != null) {
                    gates.add(gate);
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        Node stepList = list(node, "steps", label, false);
        if (stepList != null) {
            for (int i = 0; i < stepList.items().size(); i++) {
                Step step = step(stepList.items().get(i), label + " step " + (i + 1));
                if (step != null) {
                    steps.add(step);
                }
            }
        }
        List<ConsumerDeployment> deployments = new ArrayList<>();
        Node deploymentList = list(node, "deployments", label, false);
        if (deploymentList != null) {
            for (Node d : deploymentList.items()) {
                if (d.kind() != Node.Kind.MAP) {
                    problems.add(PlanProblems.wrongType("a deployment of " + label, "a mapping", d));
                    continue;
                }
                PlanProblems.unknownKeys(d, DEPLOYMENT_KEYS, "deployment", problems);
                String service = text(d, "service", "deployment", true);
                String from = text(d, "from", "deployment", false);
                String to = text(d, "to", "deployment", true);
                if (service != null && to != null) {
                    deployments.add(new ConsumerDeployment(service, from, to));
                }
            }
        }
        if (id == null || kind == null) {
            return null;
        }
        return new Phase(id, kind, description, dependsOn, gates, steps, deployments, node.location());
    }

    private Gate gate(Node node, String phase) {
        String what = "a gate of " + phase;
        var entry = oneKey(node, what, List.copyOf(GATES.keySet()));
        if (entry == null) {
            return null;
        }
        String kind = entry.getKey();
        Node body = entry.getValue();
        if (body.kind() != Node.Kind.MAP) {
            problems.add(PlanProblems.wrongType(kind + " gate", "a mapping", body));
            return null;
        }
        PlanProblems.unknownKeys(body, GATES.get(kind), kind + " gate", problems);
        return switch (kind) {
            case "manual_approval" -> new ManualApproval(text(body, "description", "manual_approval gate", false));
            case "verify" -> {
                String service = text(body, "service", "verify gate", true);
                String query = text(body, "query", "verify gate", true);
                yield service == null || query == null ? null : new VerificationGate(service, query);
            }
            default -> {
                String service = text(body, "service", "wait_for_deployment gate", true);
                String version = text(body, "version", "wait_for_deployment gate", true);
                yield service == null || version == null ? null : new DeploymentWait(service, version);
            }
        };
    }

    private Step step(Node node, String what) {
        if (node.kind() != Node.Kind.MAP) {
            problems.add(PlanProblems.wrongType(what, "a mapping", node));
            return null;
        }
        PlanProblems.unknownKeys(node, STEP_KEYS, "step", problems);
        String id = text(node, "id", what, true);
        String label = id == null ? what : "step \"" + id + "\"";
        String service = text(node, "service", label, true);
        String notes = text(node, "notes", label, false);
        Operation operation = null;
        Node opNode = node.fields().get("operation");
        if (opNode == null) {
            problems.add(PlanProblems.missingKey("operation", label, node));
        } else {
            operation = operation(opNode, label);
        }
        Operation rollback = null;
        Node rollbackNode = node.fields().get("rollback");
        if (rollbackNode != null && rollbackNode.kind() != Node.Kind.NULL) {
            rollback = operation(rollbackNode, "rollback of " + label);
        }
        if (id == null || service == null || operation == null) {
            return null;
        }
        return new Step(id, service, operation, rollback, notes, node.location());
    }

    private Operation operation(Node node, String what) {
        List<String> names = List.copyOf(OperationNames.all().keySet());
        var entry = oneKey(node, "the operation of " + what, names);
        if (entry == null) {
            return null;
        }
        Class<? extends Operation> type = OperationNames.byName(entry.getKey()).orElseThrow();
        return RecordMapping.read(type, entry.getValue(), entry.getKey(), problems);
    }

    private Map.Entry<String, Node> oneKey(Node node, String what, List<String> allowed) {
        if (node.kind() != Node.Kind.MAP || node.fields().size() != 1) {
            problems.add(Problem.error("not-one-key", what + " must be a mapping with exactly one key, one of: "
                    + String.join(", ", allowed), null, node.location()));
            return null;
        }
        var entry = node.fields().entrySet().iterator().next();
        if (!allowed.contains(entry.getKey())) {
            problems.add(Problem.error("unknown-key", "unknown key \"" + entry.getKey() + "\" in " + what,
                    RecordMapping.suggestion(entry.getKey(), allowed) + "known keys: " + String.join(", ", allowed),
                    node.keyLocations().get(entry.getKey())));
            return null;
        }
        return entry;
    }

    private String text(Node map, String key, String what, boolean required) {
        Node value = map.fields().get(key);
        if (value == null || value.kind() == Node.Kind.NULL) {
            if (required) {
                problems.add(PlanProblems.missingKey(key, what, map));
            }
            return null;
        }
        if (!value.isScalar()) {
            problems.add(PlanProblems.wrongType(key + " of " + what, "text", value));
            return null;
        }
        return String.valueOf(value.scalar());
    }

    private Node list(Node map, String key, String what, boolean required) {
        Node value = map.fields().get(key);
        if (value == null || value.kind() == Node.Kind.NULL) {
            if (required) {
                problems.add(PlanProblems.missingKey(key, what, map));
            }
            return null;
        }
        if (value.kind() != Node.Kind.LIST) {
            problems.add(PlanProblems.wrongType(key + " of " + what, "a list", value));
            return null;
        }
        return value;
    }

    private List<String> texts(Node map, String key, String what) {
        Node value = list(map, key, what, false);
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node item : value.items()) {
            if (!item.isScalar() || item.kind() == Node.Kind.NULL) {
                problems.add(PlanProblems.wrongType("an item of " + key + " of " + what, "text", item));
            } else {
                out.add(String.valueOf(item.scalar()));
            }
        }
        return out;
    }
}
