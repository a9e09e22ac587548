package dev.phaseshift.plan.op;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The plan-file names of the operation records ({@code AlterColumnType} is {@code alter_column_type}). */
public final class OperationNames {
    private static final Map<String, Class<? extends Operation>> BY_NAME = new LinkedHashMap<>();

    static {
        Arrays.stream(Operation.class.getPermittedSubclasses())
                .forEach(c -> BY_NAME.put(snake(c.getSimpleName()), c.asSubclass(Operation.class)));
    }

    private OperationNames() {
    }

    public static String of(Class<?> type) {
        return snake(type.getSimpleName());
    }

    /** Every operation by file name, in the order of the sealed interface's {@code permits}. */
    public static Map<String, Class<? extends Operation>> all() {
        return java.util.Collections.unmodifiableMap(BY_NAME);
    }

    public static Optional<Class<? extends Operation>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** camelCase or PascalCase to snake_case. */
    public static String snake(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isUpperCase(ch)) {
                if (i > 0) {
                    b.append('_');
                }
                b.append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
