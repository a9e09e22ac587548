package dev.phaseshift.estate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A name across the estate: {@code service[.schema[.relation[.member]]]}, e.g.
 * {@code orders.public.orders.customer_id}. The member is a column, or a trigger of the relation. A part that
 * holds a dot, a double quote or a space is written in double quotes, with inner quotes doubled.
 *
 * @param schema   PostgreSQL schema or MySQL database, or null for a service
 * @param relation table, view or sequence, or null for a service or schema
 * @param member   column or trigger, or null for a relation
 */
public record QualifiedName(String service, String schema, String relation, String member) {
    public QualifiedName {
        Objects.requireNonNull(service, "service");
        if ((schema == null && relation != null) || (relation == null && member != null)) {
            throw new IllegalArgumentException("a qualified name cannot skip a part: " + service + "." + schema
                    + "." + relation + "." + member);
        }
    }

    public static QualifiedName service(String service) {
        return new QualifiedName(service, null, null, null);
    }

    public static QualifiedName relation(String service, String schema, String relation) {
        return new QualifiedName(service, schema, relation, null);
    }

    public static QualifiedName column(String service, String schema, String relation, String column) {
        return new QualifiedName(service, schema, relation, column);
    }

    /**
     * Parses a dotted name of one to four parts.
     *
     * @throws IllegalArgumentException with a lower-case reason when the text is not a name
     */
    public static QualifiedName parse(String text) {
        List<String> parts = split(text);
        if (parts.size() > 4) {
            throw new IllegalArgumentException("\"" + text + "\" has " + parts.size()
                    + " parts; a name has at most four: service.schema.table.column");
        }
        return new QualifiedName(parts.get(0), parts.size() > 1 ? parts.get(1) : null,
                parts.size() > 2 ? parts.get(2) : null, parts.size() > 3 ? parts.get(3) : null);
    }

    /** The parts of a dotted name, quotes removed. */
    public static List<String> split(String text) {
        Objects.requireNonNull(text, "text");
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    part.append(c);
                }
            } else if (c == '"' && part.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == '.') {
                parts.add(checked(text, part.toString(), wasQuoted));
                part.setLength(0);
                wasQuoted = false;
            } else if (wasQuoted) {
                throw new IllegalArgumentException("\"" + text + "\": text after a closing quote");
            } else {
                part.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("\"" + text + "\": unclosed quote");
        }
        parts.add(checked(text, part.toString(), wasQuoted));
        return parts;
    }

    private static String checked(String text, String part, boolean quoted) {
        if (!quoted && part.isBlank()) {
            throw new IllegalArgumentException("\"" + text + "\" has an empty part");
        }
        return part;
    }

    /** How many parts are set: 1 service, 2 schema, 3 relation, 4 column or trigger. */
    public int depth() {
        return member != null ? 4 : relation != null ? 3 : schema != null ? 2 : 1;
    }

    /** The relation this column belongs to, or this name when it has no member. */
    public QualifiedName relationName() {
        return member == null ? this : new QualifiedName(service, schema, relation, null);
    }

    public QualifiedName withMember(String value) {
        return new QualifiedName(service, schema, relation, value);
    }

    /** {@code schema.relation} as the relation is known inside its own database. */
    public String local() {
        return relation == null ? quote(schema) : quote(schema) + "." + quote(relation);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(quote(service));
        for (String part : new String[] {schema, relation, member}) {
            if (part == null) {
                break;
            }
            out.append('.').append(quote(part));
        }
        return out.toString();
    }

    private static String quote(String part) {
        if (part == null) {
            return "";
        }
        boolean plain = !part.isEmpty();
        for (int i = 0; i < part.length() && plain; i++) {
            char c = part.charAt(i);
            plain = c != '.' && c != '"' && !Character.isWhitespace(c);
        }
        return plain ? part : "\"" + part.replace("\"", "\"\"") + "\"";
    }
}
