package dev.phaseshift.plan.file;

import dev.phaseshift.estate.ClosestName;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.op.OperationNames;
import dev.phaseshift.plan.op.OptionalField;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps operation records to and from plan-file mappings by their components, so that a new operation needs no
 * mapping code: the key of a component is its name in snake_case ({@code referencesTable} is
 * {@code references_table}), except that a trailing {@code Value} is dropped ({@code defaultValue} is
 * {@code default}). Supported component types: {@code String}, {@code Integer}, {@code Boolean},
 * {@code List<String>}, nested records and lists of them.
 */
final class RecordMapping {
    private RecordMapping() {
    }

    static String key(RecordComponent c) {
        String name = c.getName();
        if (name.endsWith("Value") && name.length() > 5) {
            name = name.substring(0, name.length() - 5);
        }
        return OperationNames.snake(name);
    }

    static boolean optional(RecordComponent c) {
        return c.isAnnotationPresent(OptionalField.class) || c.getType() == Boolean.class
                || c.getType() == Integer.class;
    }

    static List<String> keys(Class<?> type) {
        List<String> keys = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            keys.add(key(c));
        }
        return keys;
    }

    /** The record read from {@code node}, or null after adding problems to {@code problems}. */
    static <T> T read(Class<T> type, Node node, String what, List<Problem> problems) {
        if (node.kind() != Node.Kind.MAP) {
            problems.add(PlanProblems.wrongType(what, "a mapping", node));
            return null;
        }
        int before = problems.size();
        PlanProblems.unknownKeys(node, keys(type), what, problems);
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String key = key(c);
            Node value = node.fields().get(key);
            if (value == null || value.kind() == Node.Kind.NULL) {
                if (!optional(c)) {
                    problems.add(PlanProblems.missingKey(key, what, node));
                }
                continue;
            }
            args[i] = convert(c.getGenericType(), value, what + "." + key, problems);
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(
                    java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return constructor.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            problems.add(Problem.error("bad-value", what + ": " + e.getCause().getMessage(), null, node.location()));
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private static Object convert(Type type, Node value, String what, List<Problem> problems) {
        if (type == String.class) {
            if (!value.isScalar()) {
                problems.add(PlanProblems.wrongType(what, "text", value));
                return null;
            }
            return String.valueOf(value.scalar());
        }
        if (type == Integer.class) {
            if (value.kind() != Node.Kind.NUMBER) {
                problems.add(PlanProblems.wrongType(what, "a whole number", value));
                return null;
            }
            try {
                return Integer.valueOf((String) value.scalar());
            } catch (NumberFormatException e) {
                problems.add(PlanProblems.wrongType(what, "a whole number", value));
                return null;
            }
        }
        if (type == Boolean.class) {
            if (value.kind() != Node.Kind.BOOLEAN) {
                problems.add(PlanProblems.wrongType(what, "true or false", value));
                return null;
            }
            return value.scalar();
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            if (value.kind() != Node.Kind.LIST) {
                problems.add(PlanProblems.wrongType(what, "a list", value));
                return null;
            }
            Type element = p.getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < value.items().size(); i++) {
                Object item = convert(element, value.items().get(i), what + "[" + i + "]", problems);
                if (item != null) {
                    out.add(item);
                }
            }
            return out;
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            return read(c, value, what, problems);
        }
        throw new IllegalStateException("unsupported component type " + type + " in " + what);
    }

    /** The record as an ordered mapping in component order, nulls and empty optional lists left out. */
    static Map<String, Object> write(Record value) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(value);
                boolean emptyOptional = v instanceof List<?> list && list.isEmpty()
                        && c.isAnnotationPresent(OptionalField.class);
                if (v != null && !emptyOptional) {
                    out.put(key(c), writeValue(v));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static Object writeValue(Object v) {
        if (v instanceof Record r) {
            return write(r);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(RecordMapping::writeValue).toList();
        }
        return v;
    }

    /** A JSON Schema for the record type. */
    static Map<String, Object> schema(Class<?> type) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            properties.put(key(c), schemaOf(c.getGenericType()));
            if (!optional(c)) {
                required.add(key(c));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "object");
        if (!required.isEmpty()) {
            out.put("required", required);
        }
        out.put("properties", properties);
        out.put("additionalProperties", false);
        return out;
    }

    private static Object schemaOf(Type type) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (type == String.class) {
            out.put("type", List.of("string", "number", "boolean"));
        } else if (type == Integer.class) {
            out.put("type", "integer");
        } else if (type == Boolean.class) {
            out.put("type", "boolean");
        } else if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            out.put("type", "array");
            out.put("items", schemaOf(p.getActualTypeArguments()[0]));
        } else if (type instanceof Class<?> c && c.isRecord()) {
            out.put("$ref", "#/$defs/" + OperationNames.snake(c.getSimpleName()));
        }
        return out;
    }

    static String suggestion(String key, List<String> keys) {
        return ClosestName.to(key, keys).map(k -> "did you mean \"" + k + "\"? ").orElse("");
    }
}
