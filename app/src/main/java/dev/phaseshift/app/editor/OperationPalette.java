package dev.phaseshift.app.editor;

import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.OperationNames;
import dev.phaseshift.plan.op.OptionalField;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every typed operation, to add as a new step: searched by name ({@code index} finds {@code create_index} and
 * {@code drop_index}), each made as a template whose required values name themselves ({@code table: table}) so
 * that validation points at what to fill in.
 */
public final class OperationPalette {
    private OperationPalette() {
    }

    /** Every operation name, in the order of the sealed interface. */
    public static List<String> names() {
        return List.copyOf(OperationNames.all().keySet());
    }

    /** The names containing every word of {@code query}, ignoring case, spaces and underscores alike. */
    public static List<String> search(String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("[\\s_]+");
        return names().stream().filter(n -> Arrays.stream(words).allMatch(n::contains)).toList();
    }

    /** A new operation of the named type with placeholder values. */
    public static Operation template(String name) {
        Class<? extends Operation> type = OperationNames.byName(name)
                .orElseThrow(() -> new IllegalArgumentException("no operation \"" + name + "\""));
        return type.cast(instance(type));
    }

    private static Object instance(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            boolean optional = c.isAnnotationPresent(OptionalField.class) || c.getType() == Boolean.class
                    || c.getType() == Integer.class;
            if (optional) {
                continue;
            }
            String key = OperationForm.key(c);
            if (c.getType() == String.class) {
                args[i] = key;
            } else if (c.getType().isRecord()) {
                args[i] = instance(c.getType());
            } else if (c.getType() == List.class) {
                boolean names = c.getGenericType() instanceof ParameterizedType p
                        && p.getActualTypeArguments()[0] == String.class;
                args[i] = names ? List.of(key) : List.of();
            }
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a template of " + type.getSimpleName(), e);
        }
    }
}
