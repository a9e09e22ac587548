package dev.phaseshift.app.editor;

import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.OperationNames;
import dev.phaseshift.plan.op.OptionalField;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The form of one typed operation, read off its record components the way plan files name them, so a new
 * operation gets its form for free: one field per value ({@code table}, {@code column.name}, {@code batch_size}),
 * nested records flattened with a dot. {@link #build} turns the texts back into the operation, or says per field
 * what is wrong with them.
 */
public final class OperationForm {
    /** What building the operation gave: the operation, or the errors by field key ("" for the whole form). */
    public record Outcome(Operation operation, Map<String, String> errors) {
        public Outcome {
            errors = Map.copyOf(errors);
        }

        public boolean valid() {
            return operation != null;
        }
    }

    private final Class<? extends Operation> type;
    private final List<FormField> fields;
    private final Map<String, Object> fixed;

    private OperationForm(Class<? extends Operation> type, List<FormField> fields, Map<String, Object> fixed) {
        this.type = type;
        this.fields = List.copyOf(fields);
        this.fixed = fixed;
    }

    /** The form of {@code operation}'s type, with the texts of its values. */
    public static OperationForm of(Operation operation) {
        List<FormField> fields = new ArrayList<>();
        Map<String, Object> fixed = new LinkedHashMap<>();
        collect(operation.getClass(), operation, "", true, fields, fixed);
        return new OperationForm(operation.getClass(), fields, fixed);
    }

    /** The texts of {@code operation}'s values by field key, as the form shows them. */
    public static Map<String, String> texts(Operation operation) {
        Map<String, String> out = new LinkedHashMap<>();
        texts(operation, "", out);
        return out;
    }

    public String operationName() {
        return OperationNames.of(type);
    }

    public List<FormField> fields() {
        return fields;
    }

    /** Builds the operation from the texts by field key; a missing key counts as empty. */
    public Outcome build(Map<String, String> texts) {
        Map<String, String> errors = new LinkedHashMap<>();
        Object built = build(type, "", true, texts, errors);
        if (!errors.isEmpty() || built == null) {
            return new Outcome(null, errors);
        }
        return new Outcome((Operation) built, Map.of());
    }

    // ---- reading the record --------------------------------------------------------------------------------

    private static void collect(Class<?> type, Object value, String prefix, boolean required, List<FormField> fields,
                                Map<String, Object> fixed) {
        for (RecordComponent c : type.getRecordComponents()) {
            String key = prefix + key(c);
            boolean own = required && !optional(c);
            Class<?> t = c.getType();
            if (t.isRecord()) {
                collect(t, value == null ? null : get(c, value), key + ".", own, fields, fixed);
            } else {
                FormField.Kind kind = kindOf(c);
                Object v = value == null ? null : get(c, value);
                boolean editable = kind != FormField.Kind.OTHER && (kind != FormField.Kind.COLUMNS
                        || v == null || ColumnListText.writable(columns(v)));
                fields.add(new FormField(key, kind, own, editable));
                if (!editable) {
                    fixed.put(key, v);
                }
            }
        }
    }

    private static void texts(Object value, String prefix, Map<String, String> out) {
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            String key = prefix + key(c);
            Object v = get(c, value);
            if (c.getType().isRecord()) {
                if (v != null) {
                    texts(v, key + ".", out);
                }
            } else if (v instanceof List<?> list && kindOf(c) == FormField.Kind.COLUMNS) {
                out.put(key, ColumnListText.format(columns(list)));
            } else if (v instanceof List<?> list && kindOf(c) == FormField.Kind.LIST) {
                out.put(key, String.join(", ", list.stream().map(String::valueOf).toList()));
            } else {
                out.put(key, v == null ? "" : String.valueOf(v));
            }
        }
    }

    private static FormField.Kind kindOf(RecordComponent c) {
        Class<?> t = c.getType();
        if (t == String.class) {
            return FormField.Kind.TEXT;
        }
        if (t == Integer.class || t == Long.class) {
            return FormField.Kind.NUMBER;
        }
        if (t == Boolean.class) {
            return FormField.Kind.FLAG;
        }
        if (t == List.class && c.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == String.class) {
            return FormField.Kind.LIST;
        }
        if (t == List.class && c.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == ColumnSpec.class) {
            return FormField.Kind.COLUMNS;
        }
        return FormField.Kind.OTHER;
    }

    /** The plan-file key: snake_case, a trailing {@code Value} dropped ({@code defaultValue} is {@code default}). */
    static String key(RecordComponent c) {
        String name = c.getName();
        if (name.endsWith("Value") && name.length() > 5) {
            name = name.substring(0, name.length() - 5);
        }
        return OperationNames.snake(name);
    }

    private static boolean optional(RecordComponent c) {
        return c.isAnnotationPresent(OptionalField.class) || c.getType() == Boolean.class
                || c.getType() == Integer.class;
    }

    @SuppressWarnings("unchecked")
    private static List<ColumnSpec> columns(Object list) {
        return (List<ColumnSpec>) list;
    }

    private static Object get(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass(), e);
        }
    }

    // ---- building ------------------------------------------------------------------------------------------

    private Object build(Class<?> recordType, String prefix, boolean required, Map<String, String> texts,
                         Map<String, String> errors) {
        RecordComponent[] components = recordType.getRecordComponents();
        if (!required && prefix.length() > 0 && allEmpty(prefix, texts)) {
            return null; // an optional nested value left empty
        }
        Object[] args = new Object[components.length];
        int before = errors.size();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String key = prefix + key(c);
            boolean own = !optional(c);
            if (c.getType().isRecord()) {
                args[i] = build(c.getType(), key + ".", own, texts, errors);
                continue;
            }
            FormField.Kind kind = kindOf(c);
            if (fixed.containsKey(key)) {
                args[i] = fixed.get(key);
                continue;
            }
            String text = texts.getOrDefault(key, "").trim();
            if (text.isEmpty() && kind == FormField.Kind.COLUMNS) {
                args[i] = List.of(); // a table without columns yet: validation says what it thinks of that
                continue;
            }
            if (text.isEmpty()) {
                if (own) {
                    errors.put(key, key + " is required");
                }
                continue;
            }
            try {
                args[i] = value(kind, c.getType(), text);
            } catch (IllegalArgumentException e) {
                errors.put(key, key + ": " + e.getMessage());
            }
        }
        if (errors.size() > before) {
            return null;
        }
        try {
            Constructor<?> constructor = recordType.getDeclaredConstructor(Arrays.stream(components)
                    .map(RecordComponent::getType).toArray(Class<?>[]::new));
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            String message = Objects.requireNonNullElse(e.getCause().getMessage(), e.getCause().toString());
            errors.put(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), message);
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + recordType.getSimpleName(), e);
        }
    }

    private static boolean allEmpty(String prefix, Map<String, String> texts) {
        return texts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .allMatch(e -> e.getValue() == null || e.getValue().isBlank());
    }

    private static Object value(FormField.Kind kind, Type type, String text) {
        return switch (kind) {
            case NUMBER -> {
                try {
                    yield type == Long.class ? (Object) Long.valueOf(text) : (Object) Integer.valueOf(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("\"" + text + "\" is not a whole number");
                }
            }
            case FLAG -> {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException("\"" + text + "\" is not true or false");
                }
                yield Boolean.valueOf(text);
            }
            case LIST -> Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            case COLUMNS -> ColumnListText.parse(text);
            default -> text;
        };
    }
}
