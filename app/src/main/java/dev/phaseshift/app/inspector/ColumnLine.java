package dev.phaseshift.app.inspector;

import java.util.List;

/**
 * One column in a table's column list.
 *
 * @param defaultExpression the default as SQL, or null
 * @param flags             short markers: {@code PK}, {@code FK}, {@code UQ}, {@code IDX}
 */
public record ColumnLine(String name, String type, boolean nullable, String defaultExpression, List<String> flags) {
    public ColumnLine {
        flags = List.copyOf(flags);
    }
}
