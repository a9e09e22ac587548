package dev.phaseshift.ddl;

import java.util.Map;
import java.util.Objects;

/**
 * Which schema of a snapshot lands in which schema of the target database. MySQL needs it whenever the target
 * database has another name than the one read: there the schema is the database, and the server prints view
 * definitions with every table qualified by it ({@code `shop`.`orders`}), so those qualifiers are rewritten too.
 *
 * @param targets source schema name → target schema name; schemas not listed keep their name
 */
public record SchemaMapping(Map<String, String> targets) {
    public static final SchemaMapping IDENTITY = new SchemaMapping(Map.of());

    public SchemaMapping {
        targets = Map.copyOf(Objects.requireNonNull(targets, "targets"));
    }

    public static SchemaMapping of(String from, String to) {
        return new SchemaMapping(Map.of(from, to));
    }

    /** The schema an object of {@code schema} is created in; null (unqualified) stays null. */
    public String target(String schema) {
        return schema == null ? null : targets.getOrDefault(schema, schema);
    }

    /**
     * {@code text} with every qualifier {@code `source`.} replaced by {@code `target`.}, for server-printed
     * MySQL view definitions and trigger bodies. Only the back-quoted, dot-followed form is touched, so string
     * literals and column names that happen to equal a schema name stay as they are.
     */
    public String requalifyBackquoted(String text) {
        if (text == null || targets.isEmpty()) {
            return text;
        }
        String result = text;
        for (Map.Entry<String, String> e : targets.entrySet()) {
            result = result.replace(backquoted(e.getKey()) + ".", backquoted(e.getValue()) + ".");
        }
        return result;
    }

    private static String backquoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
