package dev.phaseshift.plan.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.SourceLocation;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.Gate;
import dev.phaseshift.plan.ManualApproval;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.VerificationGate;
import dev.phaseshift.plan.op.Operation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes plan files. Reading is strict (unknown keys, wrong types, missing keys and duplicate keys are
 * errors with file:line:column) and collects every problem; writing is deterministic: keys in a fixed order,
 * empty lists and nulls left out, so that a plan written twice is byte-identical and diffs well.
 */
public final class PlanFile {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanFile() {
    }

    /** Reads a plan file; JSON when the name ends in {@code .json}, YAML otherwise. */
    public static Plan read(Path file) throws PlanFormatException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PlanFormatException(List.of(Problem.error("unreadable-file", "cannot read plan file: "
                    + e.getMessage(), null, SourceLocation.of(file.toString(), 0, 0))));
        } catch (RuntimeException e) {
            throw new PlanFormatException(List.of(Problem.error("unreadable-file", "plan file is not utf-8 text",
                    null, SourceLocation.of(file.toString(), 0, 0))));
        }
        return read(text, file.toString(), file.getFileName().toString().endsWith(".json"));
    }

    /** Reads plan text; {@code origin} names it in messages. */
    public static Plan read(String text, String origin, boolean json) throws PlanFormatException {
        Node root;
        try {
            root = new NodeReader(origin).read(text, json);
        } catch (NodeReader.SyntaxError e) {
            throw new PlanFormatException(List.of(Problem.error("syntax", e.getMessage(), null, e.location)));
        }
        PlanReader reader = new PlanReader(origin);
        Plan plan = reader.plan(root);
        if (!reader.problems().isEmpty() || plan == null) {
            throw new PlanFormatException(reader.problems());
        }
        return plan;
    }

    public static String toYaml(Plan plan) {
        try {
            return YAML.writeValueAsString(tree(plan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write plan \"" + plan.name() + "\"", e);
        }
    }

    public static String toJson(Plan plan) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(
                    new DefaultIndenter("  ", "\n"));
            return JSON.writer(printer).writeValueAsString(tree(plan)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write plan \"" + plan.name() + "\"", e);
        }
    }

    public static void write(Plan plan, Path file) {
        try {
            Files.writeString(file, file.getFileName().toString().endsWith(".json") ? toJson(plan) : toYaml(plan),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plan file " + file, e);
        }
    }

    static Map<String, Object> tree(Plan plan) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", Plan.FORMAT);
        out.put("name", plan.name());
        putIf(out, "description", plan.description());
        putList(out, "services", plan.services());
        List<Object> phases = new ArrayList<>();
        for (Phase p : plan.phases()) {
            Map<String, Object> phase = new LinkedHashMap<>();
            phase.put("id", p.id());
            phase.put("kind", p.kind().id());
            putIf(phase, "description", p.description());
            putList(phase, "depends_on", p.dependsOn());
            putList(phase, "gates", p.gates().stream().map(PlanFile::gate).toList());
            putList(phase, "steps", p.steps().stream().map(PlanFile::step).toList());
            putList(phase, "deployments", p.deployments().stream().map(PlanFile::deployment).toList());
            phases.add(phase);
        }
        out.put("phases", phases);
        return out;
    }

    private static Object gate(Gate gate) {
        Map<String, Object> body = new LinkedHashMap<>();
        String kind;
        if (gate instanceof ManualApproval m) {
            kind = "manual_approval";
            putIf(body, "description", m.description());
        } else if (gate instanceof VerificationGate v) {
            kind = "verify";
            body.put("service", v.service());
            body.put("query", v.query());
        } else {
            DeploymentWait w = (DeploymentWait) gate;
            kind = "wait_for_deployment";
            body.put("service", w.service());
            body.put("version", w.version());
        }
        return Map.of(kind, body);
    }

    private static Object step(Step s) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("id", s.id());
        step.put("service", s.service());
        step.put("operation", operation(s.operation()));
        if (s.rollback() != null) {
            step.put("rollback", operation(s.rollback()));
        }
        putIf(step, "notes", s.notes());
        return step;
    }

    static Object operation(Operation op) {
        return Map.of(op.operationName(), RecordMapping.write((Record) op));
    }

    private static Object deployment(ConsumerDeployment d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("service", d.service());
        putIf(out, "from", d.from());
        out.put("to", d.to());
        return out;
    }

    private static void putIf(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void putList(Map<String, Object> map, String key, List<?> value) {
        if (!value.isEmpty()) {
            map.put(key, value);
        }
    }
}
