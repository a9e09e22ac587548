package dev.phaseshift.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A namespace inside a database: a PostgreSQL schema, or a MySQL database.
 *
 * @param owner     the owning role (PostgreSQL), or null
 * @param collation MySQL default collation of the database, or null
 * @param enumTypes PostgreSQL enum types
 * @param routines  PostgreSQL functions and procedures that are not part of an extension
 * @param privileges how the privileges on the schema and its objects differ from the defaults: PostgreSQL
 *                   grants and revoked default privileges, MySQL database-, table- and column-level grants; one
 *                   list for the schema rather than one per object, so that the object records stay as they are
 */
public record Schema(String name, String owner, String comment, String collation, List<Table> tables,
                     List<View> views, List<Sequence> sequences, List<EnumType> enumTypes, List<Routine> routines,
                     List<Privilege> privileges) {
    public Schema {
        Objects.requireNonNull(name, "name");
        tables = ModelLists.copy(tables);
        views = ModelLists.copy(views);
        sequences = ModelLists.copy(sequences);
        enumTypes = ModelLists.copy(enumTypes);
        routines = ModelLists.copy(routines);
        privileges = ModelLists.copy(privileges);
    }

    /** A schema without privileges beyond the defaults (and the form snapshots written before they were read). */
    public Schema(String name, String owner, String comment, String collation, List<Table> tables,
                  List<View> views, List<Sequence> sequences, List<EnumType> enumTypes, List<Routine> routines) {
        this(name, owner, comment, collation, tables, views, sequences, enumTypes, routines, List.of());
    }

    /** The short form of the first model: tables and views only. */
    public Schema(String name, List<Table> tables, List<View> views) {
        this(name, null, null, null, tables, views, List.of(), List.of(), List.of());
    }

    public Optional<Table> table(String tableName) {
        return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
    }

    public Optional<View> view(String viewName) {
        return views.stream().filter(v -> v.name().equals(viewName)).findFirst();
    }

    public Optional<Sequence> sequence(String sequenceName) {
        return sequences.stream().filter(s -> s.name().equals(sequenceName)).findFirst();
    }

    public Optional<EnumType> enumType(String typeName) {
        return enumTypes.stream().filter(e -> e.name().equals(typeName)).findFirst();
    }

    /** The first routine of that name; overloads differ in {@link Routine#arguments()}. */
    public Optional<Routine> routine(String routineName) {
        return routines.stream().filter(r -> r.name().equals(routineName)).findFirst();
    }

    public Schema withTables(List<Table> value) {
        return new Schema(name, owner, comment, collation, value, views, sequences, enumTypes, routines,
                privileges);
    }

    public Schema withPrivileges(List<Privilege> value) {
        return new Schema(name, owner, comment, collation, tables, views, sequences, enumTypes, routines, value);
    }

    public Schema withViews(List<View> value) {
        return new Schema(name, owner, comment, collation, tables, value, sequences, enumTypes, routines,
                privileges);
    }

    /** A copy in canonical order: every object list by name, and each table and view canonical. */
    public Schema canonical() {
        return new Schema(name, owner, comment, collation,
                ModelLists.byName(ModelLists.map(tables, Table::canonical), Table::name),
                ModelLists.byName(ModelLists.map(views, View::canonical), View::name),
                ModelLists.byName(sequences, Sequence::name),
                ModelLists.byName(enumTypes, EnumType::name),
                ModelLists.sorted(routines, Comparator.comparing(Routine::name, ModelLists.NAME_ORDER)
                        .thenComparing(Routine::arguments, ModelLists.NAME_ORDER)),
                ModelLists.sorted(privileges, Privilege.ORDER));
    }
}
