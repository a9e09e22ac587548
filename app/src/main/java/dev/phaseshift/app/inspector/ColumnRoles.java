package dev.phaseshift.app.inspector;

import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The keys and indexes of a table that one of its columns takes part in. */
record ColumnRoles(Optional<Constraint> primaryKey, List<Constraint> uniques, List<ForeignKey> foreignKeys,
                   List<Index> indexes) {

    static ColumnRoles of(Table table, String column) {
        Optional<Constraint> pk = table.primaryKey().filter(c -> c.columns().contains(column));
        List<Constraint> uniques = table.constraints().stream()
                .filter(c -> c.kind() == ConstraintKind.UNIQUE && c.columns().contains(column))
                .toList();
        List<ForeignKey> fks = table.foreignKeys().stream().filter(fk -> fk.columns().contains(column)).toList();
        List<Index> indexes = table.indexes().stream()
                .filter(i -> i.keys().stream().anyMatch(key -> usesColumn(key, column)))
                .toList();
        return new ColumnRoles(pk, uniques, fks, indexes);
    }

    /** A key is the column itself or an expression over it, such as {@code lower(email)}. */
    static boolean usesColumn(String key, String column) {
        if (key.equals(column)) {
            return true;
        }
        return Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(column) + "\"?(?![\\w$])").matcher(key).find();
    }

    /** The unique constraints and unique indexes the column is part of, as {@code name (columns)}. */
    List<String> uniqueKeys() {
        List<String> keys = new ArrayList<>();
        uniques.forEach(c -> keys.add(SqlDescriptions.name(c.name()) + " " + SqlDescriptions.columns(c.columns())));
        indexes.stream().filter(Index::unique)
                .forEach(i -> keys.add(i.name() + " " + SqlDescriptions.columns(i.keys())));
        return keys;
    }

    /** {@code PK}, {@code FK}, {@code UQ}, {@code IDX}, in that order, for what applies. */
    List<String> flags() {
        List<String> flags = new ArrayList<>();
        if (primaryKey.isPresent()) {
            flags.add("PK");
        }
        if (!foreignKeys.isEmpty()) {
            flags.add("FK");
        }
        if (!uniqueKeys().isEmpty() && primaryKey.isEmpty()) {
            flags.add("UQ");
        }
        if (!indexes.isEmpty()) {
            flags.add("IDX");
        }
        return flags;
    }
}
