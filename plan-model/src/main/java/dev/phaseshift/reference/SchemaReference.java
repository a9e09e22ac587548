package dev.phaseshift.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a Markdown reference of a JSON Schema: the top level, then each definition of {@code $defs}, each as a
 * table of its keys (type, required or not, description). Definitions are listed in the schema's order and linked
 * where a key refers to one; the output depends only on the schema text, so a test can compare it with the
 * committed page.
 */
public final class SchemaReference {
    private final JsonNode schema;
    private final String title;
    private final String intro;

    private SchemaReference(JsonNode schema, String title, String intro) {
        this.schema = schema;
        this.title = title;
        this.intro = intro;
    }

    /** The page of {@code schemaJson}, headed {@code title}, with {@code intro} (Markdown) under the heading. */
    public static String markdown(String schemaJson, String title, String intro) {
        try {
            return new SchemaReference(new ObjectMapper().readTree(schemaJson), title, intro).page();
        } catch (IOException e) {
            throw new IllegalArgumentException("reading the JSON Schema: " + e.getMessage(), e);
        }
    }

    private String page() {
        StringBuilder out = new StringBuilder();
        out.append("<!-- generated from the JSON Schema by SchemaReferenceTest; do not edit: "
                + "./mvnw -pl plan-model test -Dtest=SchemaReferenceTest -Dphaseshift.updateReferences=true -->\n");
        out.append("# ").append(title).append("\n\n").append(intro.strip()).append("\n\n");
        if (schema.hasNonNull("title")) {
            out.append("Schema: `").append(schema.path("$id").asText(schema.path("title").asText())).append("`")
                    .append(" (").append(schema.path("title").asText()).append(").\n\n");
        }
        out.append("## Top level\n\n");
        object(out, schema);
        JsonNode defs = schema.path("$defs");
        Iterator<Map.Entry<String, JsonNode>> it = defs.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> def = it.next();
            out.append("## `").append(def.getKey()).append("`\n\n");
            JsonNode node = def.getValue();
            if (node.has("properties")) {
                object(out, node);
            } else {
                describe(out, node);
                out.append("Value: ").append(type(node)).append(".\n\n");
                oneKeyChoices(out, node);
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    private void object(StringBuilder out, JsonNode node) {
        describe(out, node);
        Set<String> required = new TreeSet<>();
        node.path("required").forEach(r -> required.add(r.asText()));
        boolean oneKey = node.path("maxProperties").asInt(0) == 1;
        if (oneKey) {
            out.append("Exactly one of these keys.\n\n");
        }
        out.append("| key | type | required | description |\n|---|---|---|---|\n");
        Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> p = it.next();
            out.append("| `").append(p.getKey()).append("` | ").append(cell(type(p.getValue()))).append(" | ")
                    .append(required.contains(p.getKey()) ? "yes" : "no").append(" | ")
                    .append(cell(p.getValue().path("description").asText(""))).append(" |\n");
        }
        out.append('\n');
        if (node.path("additionalProperties").isBoolean() && !node.path("additionalProperties").asBoolean()) {
            out.append("Other keys are errors.\n\n");
        }
    }

    private static void oneKeyChoices(StringBuilder out, JsonNode node) {
        for (String combinator : List.of("oneOf", "anyOf")) {
            if (node.has(combinator)) {
                out.append("One of:\n\n");
                node.path(combinator).forEach(choice -> out.append("- ").append(type(choice)).append('\n'));
                out.append('\n');
            }
        }
    }

    private static void describe(StringBuilder out, JsonNode node) {
        if (node.hasNonNull("description")) {
            out.append(node.path("description").asText().strip()).append("\n\n");
        }
    }

    /** The type of a value as a reader says it: text, a list of X, one of "a", "b", a link to a definition. */
    static String type(JsonNode node) {
        if (node.has("$ref")) {
            String name = node.path("$ref").asText().replace("#/$defs/", "");
            return "[`" + name + "`](#" + anchor(name) + ")";
        }
        if (node.has("const")) {
            return "`" + node.path("const").asText() + "`";
        }
        if (node.has("enum")) {
            List<String> values = new ArrayList<>();
            node.path("enum").forEach(v -> values.add("`" + v.asText() + "`"));
            return "one of " + String.join(", ", values);
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            if (node.has(combinator)) {
                List<String> choices = new ArrayList<>();
                node.path(combinator).forEach(c -> choices.add(type(c)));
                return String.join(" or ", choices);
            }
        }
        String type = node.path("type").isArray() ? join(node.path("type")) : node.path("type").asText("");
        StringBuilder out = new StringBuilder(switch (type) {
            case "string" -> "text";
            case "integer" -> "whole number";
            case "number" -> "number";
            case "boolean" -> "true or false";
            case "array" -> "list of " + type(node.path("items"));
            case "object" -> node.path("additionalProperties").isObject()
                    ? "map of names to " + type(node.path("additionalProperties")) : "object";
            case "" -> "any value";
            default -> type;
        });
        if (node.has("pattern")) {
            out.append(" matching `").append(node.path("pattern").asText()).append('`');
        }
        if (node.has("minLength") && node.path("minLength").asInt() > 0) {
            out.append(", not empty");
        }
        if (node.has("minimum")) {
            out.append(", at least ").append(node.path("minimum").asText());
        }
        if (node.has("minItems")) {
            out.append(", at least ").append(node.path("minItems").asText()).append(" item(s)");
        }
        return out.toString();
    }

    private static String join(JsonNode types) {
        List<String> names = new ArrayList<>();
        types.forEach(t -> names.add(t.asText()));
        // plan files read YAML scalars as text: 5 and true are the texts "5" and "true"
        if (names.contains("string") && Set.of("string", "number", "integer", "boolean").containsAll(names)) {
            return "string";
        }
        return String.join(" or ", names);
    }

    private static String anchor(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_ -]", "").replace(' ', '-');
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ").strip();
    }
}
