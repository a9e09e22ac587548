package dev.phaseshift.schema;

import java.util.Objects;

/**
 * The rule of a generated column.
 *
 * @param expression the expression as the server reports it (MySQL quotes identifiers with backticks)
 */
public record Generation(String expression, GenerationStorage storage) {
    public Generation {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(storage, "storage");
    }

    public static Generation stored(String expression) {
        return new Generation(expression, GenerationStorage.STORED);
    }

    public static Generation virtual(String expression) {
        return new Generation(expression, GenerationStorage.VIRTUAL);
    }
}
