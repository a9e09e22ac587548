package dev.phaseshift.dryrun.data;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.TypeNames;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Made-up rows for one table. Every value is a function of the row number, the column and the {@link Variant},
 * never of a clock or a random source, so two runs on equal shadows write equal rows.
 *
 * <ul>
 *   <li>identity, {@code AUTO_INCREMENT} and generated columns are left to the server;</li>
 *   <li>foreign-key columns take the parent keys already in the shadow, row {@code i} the
 *       {@code (i + k)}-th for the table's {@code k}-th key, so two keys to one table differ;</li>
 *   <li>each primary key, unique constraint and unique index differs between rows through one of its columns
 *       (see {@link #coverKey});</li>
 *   <li>enum columns and columns a simple {@code IN}/{@code = ANY} check limits take those labels in turn;</li>
 *   <li>the rest get values of their type that fit its length and precision; dates and times grow with the
 *       column's position so that {@code ends_on > starts_on}-style checks hold.</li>
 * </ul>
 */
final class SyntheticRows {
    /** Stands for the SQL keyword DEFAULT in a row. */
    enum Marker { DEFAULT }

    private static final Pattern LENGTH = Pattern.compile("\\((\\d+)(?:\\s*,\\s*(\\d+))?\\)");
    private static final Pattern CAST = Pattern.compile(
            "::\\s*[a-z_][a-z0-9_ .\"]*(\\(\\d+(\\s*,\\s*\\d+)?\\))?(\\[\\])?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LITERAL = Pattern.compile(
            "^\\(*\\s*('(?:[^']|'')*'|[-+]?\\d+(\\.\\d+)?|true|false|b'[01]*')\\s*\\)*$", Pattern.CASE_INSENSITIVE);
    private static final LocalDateTime EPOCH = LocalDateTime.of(2024, 1, 1, 0, 0);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Engine engine;
    private final String tableName;
    private final List<Column> columns;
    private final Map<String, String> kinds = new HashMap<>();
    private final Map<String, List<String>> labels = new HashMap<>();
    private final Map<String, int[]> foreignKeyColumns = new HashMap<>();
    private final List<List<List<Object>>> parentKeys;
    private final Set<String> distinct = new LinkedHashSet<>();
    private final Map<String, Integer> freeNumberIndex = new HashMap<>();
    private final Map<String, Integer> temporalIndex = new HashMap<>();

    /**
     * @param parentKeys for each foreign key of {@code keys}, the parent's keys in the shadow (values to bind)
     */
    SyntheticRows(Engine engine, Snapshot snapshot, TableRef table, List<ForeignKey> keys,
                  List<List<List<Object>>> parentKeys) {
        this.engine = engine;
        this.tableName = table.dotted();
        this.parentKeys = parentKeys;
        this.columns = table.table().columns().stream()
                .filter(c -> c.generated() == null && c.identity() == null).toList();
        for (int k = 0; k < keys.size(); k++) {
            List<String> names = keys.get(k).columns();
            for (int p = 0; p < names.size(); p++) {
                foreignKeyColumns.put(names.get(p), new int[] {k, p});
            }
        }
        List<List<String>> uniqueKeys = new ArrayList<>();
        for (Constraint c : table.table().constraints()) {
            if (c.kind() == ConstraintKind.PRIMARY_KEY || c.kind() == ConstraintKind.UNIQUE) {
                uniqueKeys.add(c.columns());
            } else if (c.kind() == ConstraintKind.CHECK && c.expression() != null) {
                ListedValues.ofCheck(c.expression(), columns).ifPresent(e -> labels.putIfAbsent(e.getKey(), e.getValue()));
            }
        }
        for (Index index : table.table().indexes()) {
            if (index.unique() && index.keyParts().size() == index.columns().size()) {
                uniqueKeys.add(index.columns());
            }
        }
        for (Column column : columns) {
            kinds.put(column.name(), kindOf(column));
            ListedValues.ofType(snapshot, table.schema(), column).ifPresent(l -> labels.put(column.name(), l));
        }
        uniqueKeys.forEach(this::coverKey);
        int numbers = 0;
        int temporals = 0;
        for (Column column : columns) {
            String kind = kinds.get(column.name());
            if (kind.equals("number") && !distinct.contains(column.name())
                    && !foreignKeyColumns.containsKey(column.name())) {
                freeNumberIndex.put(column.name(), numbers++);
            }
            if (kind.startsWith("date") || kind.startsWith("timestamp") || kind.equals("time")) {
                temporalIndex.put(column.name(), temporals++);
            }
        }
    }

    /**
     * Makes rows differ in {@code key} through one of its columns. A key the server numbers (identity), a
     * foreign-key column (each row takes another parent key) or an already distinct column covers it; otherwise
     * the first column of a type with room for many values becomes distinct, so that the others, e.g. an
     * {@code attempt_no BETWEEN 1 AND 10} beside it, keep their small values.
     */
    private void coverKey(List<String> key) {
        boolean covered = key.stream().anyMatch(name -> distinct.contains(name)
                || foreignKeyColumns.containsKey(name)
                || columns.stream().noneMatch(c -> c.name().equals(name)));
        if (covered || key.isEmpty()) {
            return;
        }
        List<String> roomy = List.of("number", "text", "uuid", "date", "timestamp", "timestamptz", "bytes", "inet",
                "json");
        distinct.add(key.stream()
                .filter(name -> !labels.containsKey(name) && roomy.contains(kinds.get(name)))
                .findFirst().orElse(key.get(0)));
    }

    /** The columns rows are written to (identity, {@code AUTO_INCREMENT} and generated ones left out). */
    List<Column> columns() {
        return columns;
    }

    /** Why no row can be made, e.g. a NOT NULL foreign key whose parent has no rows. */
    Optional<String> impossible() {
        for (Column column : columns) {
            int[] fk = foreignKeyColumns.get(column.name());
            if (fk != null && !column.nullable() && parentKeys.get(fk[0]).isEmpty()) {
                return Optional.of("table \"" + tableName + "\" got no rows: column \"" + column.name()
                        + "\" must reference a parent row and the parent table has none");
            }
            if (kinds.get(column.name()).equals("other") && !column.nullable() && !literalDefault(column)
                    && !labels.containsKey(column.name()) && column.defaultExpression() == null) {
                return Optional.of("table \"" + tableName + "\" got no rows: no value can be made up for column \""
                        + column.name() + "\" of type " + column.type());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code column} is written as DEFAULT in rows of {@code variant}. */
    boolean usesDefault(Column column, Variant variant) {
        if (distinct.contains(column.name()) || foreignKeyColumns.containsKey(column.name())) {
            return false;
        }
        return variant.defaults() && literalDefault(column)
                || kinds.get(column.name()).equals("other") && column.defaultExpression() != null;
    }

    /** The value of {@code column} in row {@code row}: a String, a byte[], null or {@link Marker#DEFAULT}. */
    Object value(Column column, int row, Variant variant) {
        String name = column.name();
        if (usesDefault(column, variant)) {
            return Marker.DEFAULT;
        }
        int[] fk = foreignKeyColumns.get(name);
        if (fk != null) {
            List<List<Object>> keys = parentKeys.get(fk[0]);
            if (keys.isEmpty() || variant.nulls() && column.nullable()) {
                return null;
            }
            return keys.get((row + fk[0]) % keys.size()).get(fk[1]);
        }
        boolean unique = distinct.contains(name);
        if (variant.nulls() && column.nullable() && !unique) {
            return null;
        }
        List<String> allowed = labels.get(name);
        if (allowed != null && !allowed.isEmpty()) {
            return allowed.get(row % allowed.size());
        }
        String kind = kinds.get(name);
        Integer temporal = temporalIndex.get(name);
        int t = temporal == null ? 0 : temporal;
        return switch (kind) {
            case "boolean" -> engine == Engine.POSTGRESQL ? String.valueOf(row % 2 == 0) : (row % 2 == 0 ? "1" : "0");
            case "number" -> number(column, row, variant, unique);
            case "date" -> EPOCH.toLocalDate().plusDays(row + t).toString();
            case "timestamp" -> EPOCH.plusDays(row).plusHours(t).format(TIMESTAMP);
            case "timestamptz" -> EPOCH.plusDays(row).plusHours(t).format(TIMESTAMP)
                    + (engine == Engine.POSTGRESQL ? "+00" : "");
            case "time" -> String.format(Locale.ROOT, "%02d:%02d:00", (8 + t) % 24, row % 60);
            case "year" -> String.valueOf(2000 + row % 100);
            case "json" -> "{\"n\": " + row + "}";
            case "array" -> "{}";
            case "uuid" -> uuid(name, row).toString();
            case "inet" -> "10." + (row >> 16 & 255) + "." + (row >> 8 & 255) + "." + (row & 255);
            case "bytes" -> bytes(column, row);
            default -> text(column, row);
        };
    }

    private Object number(Column column, int row, Variant variant, boolean unique) {
        int cap = integerCap(column);
        if (unique) {
            return String.valueOf(row + 1);
        }
        int k = freeNumberIndex.getOrDefault(column.name(), 0);
        long value = switch (variant.numbers()) {
            case VARIED -> 1 + (row * 7L + k * 3L) % Math.min(90, cap);
            case ONE -> 1;
            case ZERO -> 0;
            case ASCENDING -> k;
            case DESCENDING -> freeNumberIndex.size() - 1 - k;
            case ABOVE_KEYS -> row + 2L + k;
        };
        return String.valueOf(Math.min(value, cap));
    }

    /** The largest whole number the column holds (at most {@code Integer.MAX_VALUE}), never below 1. */
    private int integerCap(Column column) {
        String type = normalized(column);
        Matcher m = LENGTH.matcher(type);
        if (type.startsWith("numeric") && m.find()) {
            int digits = Integer.parseInt(m.group(1)) - (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
            return digits <= 0 ? 1 : digits >= 9 ? Integer.MAX_VALUE : (int) Math.pow(10, digits) - 1;
        }
        if (type.startsWith("tinyint")) {
            return 127;
        }
        if (type.startsWith("smallint")) {
            return Short.MAX_VALUE;
        }
        return type.startsWith("mediumint") ? 8_388_607 : Integer.MAX_VALUE;
    }

    private Object bytes(Column column, int row) {
        byte[] value = (tableName + ":" + column.name() + ":" + row).getBytes(StandardCharsets.UTF_8);
        Integer length = length(column);
        if (length != null) {
            byte[] sized = new byte[length];
            UUID id = uuid(column.name(), row);
            for (int i = 0; i < length; i++) {
                sized[i] = (byte) ((i < 8 ? id.getMostSignificantBits() >> (8 * i)
                        : id.getLeastSignificantBits() >> (8 * (i - 8))) & 255);
            }
            value = sized;
        }
        return engine == Engine.POSTGRESQL ? "\\x" + HexFormat.of().formatHex(value) : value;
    }

    private String text(Column column, int row) {
        Integer length = length(column);
        String name = column.name().toLowerCase(Locale.ROOT);
        if (name.contains("email")) {
            String email = "user" + row + "@example.com";
            if (length == null || email.length() <= length) {
                return email;
            }
        }
        if (length != null && length <= 4) {
            return letters(row, length);
        }
        String suffix = "-" + row;
        String value = name + suffix;
        if (length != null && value.length() > length) {
            if (suffix.length() >= length) {
                return letters(row, length);
            }
            value = name.substring(0, length - suffix.length()) + suffix;
        }
        return value;
    }

    /** {@code row} in base 26 as exactly {@code length} capital letters: AA, BA, CA... */
    private static String letters(int row, int length) {
        StringBuilder out = new StringBuilder();
        int rest = row;
        for (int i = 0; i < length; i++) {
            out.append((char) ('A' + rest % 26));
            rest /= 26;
        }
        return out.toString();
    }

    private UUID uuid(String column, int row) {
        return UUID.nameUUIDFromBytes(("phaseshift:" + tableName + ":" + column + ":" + row)
                .getBytes(StandardCharsets.UTF_8));
    }

    private Integer length(Column column) {
        String type = normalized(column);
        if (!(type.startsWith("char") || type.startsWith("varchar") || type.startsWith("binary")
                || type.startsWith("varbinary"))) {
            return null;
        }
        Matcher m = LENGTH.matcher(type);
        return m.find() ? Integer.valueOf(m.group(1)) : type.startsWith("char") || type.startsWith("binary") ? 1 : null;
    }

    private String normalized(Column column) {
        String type = column.normalizedType() != null ? column.normalizedType()
                : TypeNames.normalize(engine, column.type());
        return type.toLowerCase(Locale.ROOT);
    }

    private String kindOf(Column column) {
        String type = normalized(column);
        String base = type.replaceAll("\\(.*", "").replace(" unsigned", "").trim();
        if (type.endsWith("[]")) {
            return "array";
        }
        return switch (base) {
            case "boolean" -> "boolean";
            case "tinyint", "smallint", "mediumint", "integer", "bigint", "numeric", "real", "double", "float" -> "number";
            case "char", "varchar", "text", "citext" -> "text";
            case "date" -> "date";
            case "timestamp" -> "timestamp";
            case "timestamptz" -> engine == Engine.POSTGRESQL ? "timestamptz" : "timestamp";
            case "time", "timetz" -> "time";
            case "year" -> "year";
            case "json" -> "json";
            case "uuid" -> "uuid";
            case "inet", "cidr" -> "inet";
            case "bytes", "binary", "varbinary" -> "bytes";
            case "enum", "set" -> "labels";
            default -> "other";
        };
    }

    /** A default that is a constant ({@code 'pending'}, {@code 0}, {@code '{}'::jsonb}), not {@code now()}. */
    static boolean literalDefault(Column column) {
        String def = column.defaultExpression();
        if (def == null) {
            return false;
        }
        return LITERAL.matcher(CAST.matcher(def.trim()).replaceAll("")).matches();
    }
}
