package dev.phaseshift.dryrun.data;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.EnumType;
import dev.phaseshift.schema.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The only values a column may hold, where the schema lists them: enum and set types, simple IN checks. */
final class ListedValues {
    private static final Pattern LABEL = Pattern.compile("'((?:[^']|'')*)'");

    private ListedValues() {
    }

    /** MySQL {@code enum(...)}/{@code set(...)} labels, or a PostgreSQL enum type's. */
    static Optional<List<String>> ofType(Snapshot snapshot, String schema, Column column) {
        String type = column.type().trim();
        String lower = type.toLowerCase(Locale.ROOT);
        if (lower.startsWith("enum(") || lower.startsWith("set(")) {
            List<String> found = new ArrayList<>();
            Matcher m = LABEL.matcher(type);
            while (m.find()) {
                found.add(m.group(1).replace("''", "'"));
            }
            return found.isEmpty() ? Optional.empty()
                    : Optional.of(lower.startsWith("set(") ? List.of(found.get(0)) : found);
        }
        String unquoted = type.replace("\"", "");
        int dot = unquoted.lastIndexOf('.');
        String typeSchema = dot < 0 ? schema : unquoted.substring(0, dot);
        String typeName = dot < 0 ? unquoted : unquoted.substring(dot + 1);
        return snapshot.schema(typeSchema).flatMap(s -> s.enumType(typeName)).map(EnumType::labels);
    }

    /**
     * The labels of a check that only lists the values of one column: {@code status IN ('a', 'b')}, or as
     * PostgreSQL prints it, {@code ((status)::text = ANY ((ARRAY['a'::character varying, ...])::text[]))}.
     */
    static Optional<Map.Entry<String, List<String>>> ofCheck(String expression, List<Column> columns) {
        String withoutLiterals = LABEL.matcher(expression).replaceAll("''");
        String lower = withoutLiterals.toLowerCase(Locale.ROOT);
        if (lower.matches(".*\\b(and|or|not)\\b.*") || !(lower.contains(" in (") || lower.contains("any"))) {
            return Optional.empty();
        }
        List<String> mentioned = new ArrayList<>();
        for (Column column : columns) {
            Pattern listed = Pattern.compile("^[(\\s]*[`\"]?" + Pattern.quote(column.name())
                    + "[`\"]?\\)?(::[a-z ]+)?\\s*(in\\s*\\(|=\\s*any\\s*\\()", Pattern.CASE_INSENSITIVE);
            if (listed.matcher(withoutLiterals).find()) {
                mentioned.add(column.name());
            }
        }
        if (mentioned.size() != 1) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        Matcher m = LABEL.matcher(expression);
        while (m.find()) {
            found.add(m.group(1).replace("''", "'"));
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(Map.entry(mentioned.get(0), List.copyOf(found)));
    }
}
