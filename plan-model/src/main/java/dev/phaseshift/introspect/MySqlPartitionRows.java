package dev.phaseshift.introspect;

import dev.phaseshift.schema.Partition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code information_schema.PARTITIONS} rows of one table, in partition and subpartition order, while they
 * arrive; turns the server's descriptions into the bound clauses of {@link Partition}.
 */
final class MySqlPartitionRows {
    /** The methods both MySQL 8 and MariaDB write the same way; MariaDB's SYSTEM_TIME is not among them. */
    static final Set<String> METHODS = Set.of("RANGE", "RANGE COLUMNS", "LIST", "LIST COLUMNS", "HASH",
            "LINEAR HASH", "KEY", "LINEAR KEY");

    final String method;
    final String key;
    private final Map<String, Row> partitions = new LinkedHashMap<>();

    MySqlPartitionRows(String method, String key) {
        this.method = method;
        this.key = key;
    }

    void add(String partition, String subpartition, String description, String comment) {
        Row row = partitions.computeIfAbsent(partition, p -> new Row(description));
        if (subpartition == null) {
            row.comment = comment;
        } else {
            row.subpartitions.add(Partition.of(subpartition, null, comment));
        }
    }

    /**
     * MariaDB describes a LIST {@code DEFAULT} partition as {@code 0}, as it does {@code VALUES IN (0)}; MySQL has
     * no DEFAULT partition.
     */
    boolean maybeListDefault() {
        return method.equals("LIST") && partitions.values().stream().anyMatch(r -> "0".equals(r.description));
    }

    /** Marks {@code name} as the {@code DEFAULT} partition; null leaves every partition a value list. */
    void resolveListDefault(String name) {
        Row row = name == null ? null : partitions.get(name);
        if (row != null) {
            row.isDefault = true;
        }
    }

    List<Partition> build() {
        List<Partition> out = new ArrayList<>();
        partitions.forEach((name, row) -> out.add(new Partition(name, bound(row), row.comment, row.subpartitions)));
        return out;
    }

    private String bound(Row row) {
        String d = row.description;
        if (row.isDefault) {
            return "DEFAULT";
        }
        if (d == null) {
            return null;
        }
        return switch (method) {
            case "RANGE" -> d.equals("MAXVALUE") ? "VALUES LESS THAN MAXVALUE" : "VALUES LESS THAN (" + d + ")";
            case "RANGE COLUMNS" -> "VALUES LESS THAN (" + d + ")";
            case "LIST", "LIST COLUMNS" -> d.equals("DEFAULT") ? "DEFAULT" : "VALUES IN (" + d + ")";
            default -> null;
        };
    }

    /** One partition while its subpartitions arrive. */
    private static final class Row {
        final String description;
        String comment;
        boolean isDefault;
        final List<Partition> subpartitions = new ArrayList<>();

        Row(String description) {
            this.description = description;
        }
    }
}
