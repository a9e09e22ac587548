package dev.phaseshift.plan.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.IndexKeySpec;
import dev.phaseshift.plan.op.OperationNames;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of plan files (published as {@code docs/schema/plan.schema.json}), generated from the same
 * records and key lists the reader uses; a test keeps the published file equal to this. Keys are sorted so the
 * output does not depend on map iteration order.
 */
public final class PlanJsonSchema {
    private PlanJsonSchema() {
    }

    public static String generate() {
        Map<String, Object> defs = new LinkedHashMap<>();
        Map<String, Object> opChoices = new LinkedHashMap<>();
        for (var e : OperationNames.all().entrySet()) {
            defs.put(e.getKey(), RecordMapping.schema(e.getValue()));
            opChoices.put(e.getKey(), Map.of("$ref", "#/$defs/" + e.getKey()));
        }
        defs.put("column_spec", RecordMapping.schema(ColumnSpec.class));
        defs.put("index_key_spec", RecordMapping.schema(IndexKeySpec.class));
        defs.put("operation", Map.of("type", "object", "minProperties", 1, "maxProperties", 1,
                "properties", opChoices, "additionalProperties", false));
        Map<String, Object> text = Map.of("type", "string", "minLength", 1);
        defs.put("step", object(List.of("id", "service", "operation"), props(
                "id", text, "service", text, "operation", ref("operation"), "rollback", ref("operation"),
                "notes", Map.of("type", "string"))));
        defs.put("gate", Map.of("type", "object", "minProperties", 1, "maxProperties", 1, "additionalProperties", false,
                "properties", props(
                        "manual_approval", object(List.of(), props("description", Map.of("type", "string"))),
                        "verify", object(List.of("service", "query"), props("service", text, "query", text)),
                        "wait_for_deployment", object(List.of("service", "version"),
                                props("service", text, "version", text)))));
        defs.put("deployment", object(List.of("service", "to"), props("service", text, "from", text, "to", text)));
        defs.put("phase", object(List.of("id", "kind"), props(
                "id", text, "kind", Map.of("enum", List.of("expand", "migrate", "switch", "contract")),
                "description", Map.of("type", "string"), "depends_on", array(text),
                "gates", array(ref("gate")), "steps", array(ref("step")), "deployments", array(ref("deployment")))));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://phaseshift.dev/schema/plan.schema.json");
        root.put("title", "Phaseshift plan file (" + Plan.FORMAT + ")");
        root.putAll(object(List.of("format", "name", "phases"), props(
                "format", Map.of("const", Plan.FORMAT), "name", text, "description", Map.of("type", "string"),
                "services", array(text), "phases", array(ref("phase")))));
        root.put("$defs", defs);
        try {
            return new ObjectMapper().enable(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writer(new DefaultPrettyPrinter().withObjectIndenter(
                    new DefaultIndenter("  ", "\n"))).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> ref(String name) {
        return Map.of("$ref", "#/$defs/" + name);
    }

    private static Map<String, Object> array(Object items) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "array");
        out.put("items", items);
        return out;
    }

    private static Map<String, Object> props(Object... keyValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put((String) keyValues[i], keyValues[i + 1]);
        }
        return out;
    }

    private static Map<String, Object> object(List<String> required, Map<String, Object> properties) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "object");
        if (!required.isEmpty()) {
            out.put("required", required);
        }
        out.put("properties", properties);
        out.put("additionalProperties", false);
        return out;
    }
}
