package dev.phaseshift.app.editor;

import dev.phaseshift.plan.op.ColumnSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of columns as one line of the step form: {@code id bigint not null; note text default ''}. Columns are
 * parted by semicolons, since types and defaults may hold commas ({@code numeric(12,2)}). Only what that line can
 * say (name, type, nullability, default) is written this way; a column with more (identity, generated, collation,
 * comment) keeps the list out of the form, so editing never drops it.
 */
final class ColumnListText {
    static final String HINT = "name type [not null] [default …]; one column after another";
    private static final Pattern COLUMN = Pattern.compile(
            "(\\S+)\\s+(.+?)(?:\\s+(not\\s+null|null))?(?:\\s+default\\s+(.+))?", Pattern.CASE_INSENSITIVE);

    private ColumnListText() {
    }

    /** Whether every column says no more than the line can. */
    static boolean writable(List<ColumnSpec> columns) {
        return columns.stream().allMatch(c -> c.identity() == null && c.generated() == null
                && c.generatedStorage() == null && c.onUpdate() == null && c.collation() == null
                && c.comment() == null);
    }

    static String format(List<ColumnSpec> columns) {
        List<String> parts = new ArrayList<>();
        for (ColumnSpec c : columns) {
            String nullability = c.nullable() == null ? "" : c.nullable() ? " null" : " not null";
            parts.add(c.name() + " " + c.type() + nullability
                    + (c.defaultValue() == null ? "" : " default " + c.defaultValue()));
        }
        return String.join("; ", parts);
    }

    /** The columns a line says; an {@link IllegalArgumentException} names the part that is not a column. */
    static List<ColumnSpec> parse(String text) {
        List<ColumnSpec> columns = new ArrayList<>();
        for (String part : text.split(";")) {
            String column = part.strip();
            if (column.isEmpty()) {
                continue;
            }
            Matcher m = COLUMN.matcher(column);
            if (!m.matches()) {
                throw new IllegalArgumentException("\"" + column + "\" is not \"name type [not null] [default …]\"");
            }
            Boolean nullable = m.group(3) == null ? null
                    : !m.group(3).toLowerCase(Locale.ROOT).startsWith("not");
            columns.add(new ColumnSpec(m.group(1), m.group(2).strip(), nullable,
                    m.group(4) == null ? null : m.group(4).strip()));
        }
        return columns;
    }
}
