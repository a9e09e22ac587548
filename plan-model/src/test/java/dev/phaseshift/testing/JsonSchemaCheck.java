package dev.phaseshift.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Just enough of JSON Schema 2020-12 to check documents against the published schemas in docs/schema: type, const, enum,
 * pattern, minLength, minimum, required, properties, additionalProperties: false, items, min/maxProperties and local
 * {@code $ref}s. A keyword it does not know fails the check, so the schema cannot silently outgrow it.
 */
public final class JsonSchemaCheck {
    private static final List<String> KNOWN = List.of("$schema", "$id", "$defs", "$ref", "title", "description",
            "type", "const", "enum", "pattern", "minLength", "minimum", "required", "properties",
            "additionalProperties", "items", "minProperties", "maxProperties");

    private final JsonNode root;

    public JsonSchemaCheck(JsonNode schema) {
        this.root = schema;
    }

    /** The violations, each as {@code /json/pointer: reason}; empty when the document is valid. */
    public List<String> check(JsonNode document) {
        List<String> errors = new ArrayList<>();
        check(root, document, "", errors);
        return errors;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> errors) {
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String keyword = it.next();
            if (!KNOWN.contains(keyword)) {
                throw new IllegalArgumentException("schema keyword \"" + keyword + "\" is not supported by the checker");
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalArgumentException("only local $refs are supported: " + ref);
            }
            check(root.get("$defs").get(ref.substring("#/$defs/".length())), value, at, errors);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            errors.add(at + ": expected " + schema.get("type") + ", got " + value.getNodeType().name().toLowerCase());
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            errors.add(at + ": expected " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode option : schema.get("enum")) {
                found |= option.equals(value);
            }
            if (!found) {
                errors.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isTextual()) {
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
                errors.add(at + ": \"" + value.asText() + "\" does not match " + schema.get("pattern").asText());
            }
            if (schema.has("minLength") && value.asText().length() < schema.get("minLength").asInt()) {
                errors.add(at + ": shorter than " + schema.get("minLength").asInt());
            }
        }
        if (value.isNumber() && schema.has("minimum")
                && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
            errors.add(at + ": less than " + schema.get("minimum"));
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    errors.add(at + ": missing \"" + required.asText() + "\"");
                }
            }
            if (schema.has("minProperties") && value.size() < schema.get("minProperties").asInt()) {
                errors.add(at + ": fewer than " + schema.get("minProperties").asInt() + " properties");
            }
            if (schema.has("maxProperties") && value.size() > schema.get("maxProperties").asInt()) {
                errors.add(at + ": more than " + schema.get("maxProperties").asInt() + " properties");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode property = schema.path("properties").get(field.getKey());
                if (property != null) {
                    check(property, field.getValue(), at + "/" + field.getKey(), errors);
                } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean(true)) {
                    errors.add(at + ": unknown property \"" + field.getKey() + "\"");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), at + "/" + i, errors);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }
}
