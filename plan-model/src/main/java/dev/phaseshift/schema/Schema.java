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
 * @param routines  PostgreSQL functions and procedures that are not part of an extension; MySQL stored functions
 *                  and procedures
 * @param domains                  PostgreSQL domains
 * @param aggregates               PostgreSQL user-defined aggregates
 * @param collations               PostgreSQL user-defined collations
 * @param textSearchDictionaries   PostgreSQL text search dictionaries
 * @param textSearchConfigurations PostgreSQL text search configurations
 * @param privileges               how the privileges on the schema and its objects differ from the defaults:
 *                                 PostgreSQL grants and revoked default privileges, MySQL database-, table- and
 *                                 column-level grants; one list for the schema rather than one per object
 *
 * <p>Objects that belong to an extension are in none of these lists; {@link Snapshot#extensions()} recreates them.
 */
public record Schema(String name, String owner, String comment, String collation, List<Table> tables,
                     List<View> views, List<Sequence> sequences, List<EnumType> enumTypes, List<Routine> routines,
                     List<Domain> domains, List<Aggregate> aggregates, List<Collation> collations,
                     List<TextSearchDictionary> textSearchDictionaries,
                     List<TextSearchConfiguration> textSearchConfigurations, List<Privilege> privileges) {
    public Schema {
        Objects.requireNonNull(name, "name");
        tables = ModelLists.copy(tables);
        views = ModelLists.copy(views);
        sequences = ModelLists.copy(sequences);
        enumTypes = ModelLists.copy(enumTypes);
        routines = ModelLists.copy(routines);
        domains = ModelLists.copy(domains);
        aggregates = ModelLists.copy(aggregates);
        collations = ModelLists.copy(collations);
        textSearchDictionaries = ModelLists.copy(textSearchDictionaries);
        textSearchConfigurations = ModelLists.copy(textSearchConfigurations);
        privileges = ModelLists.copy(privileges);
    }

    /** A schema without privileges beyond the defaults (and the form snapshots written before they were read). */
    public Schema(String name, String owner, String comment, String collation, List<Table> tables,
                  List<View> views, List<Sequence> sequences, List<EnumType> enumTypes, List<Routine> routines,
                  List<Domain> domains, List<Aggregate> aggregates, List<Collation> collations,
                  List<TextSearchDictionary> textSearchDictionaries,
                  List<TextSearchConfiguration> textSearchConfigurations) {
        this(name, owner, comment, collation, tables, views, sequences, enumTypes, routines, domains, aggregates,
                collations, textSearchDictionaries, textSearchConfigurations, List.of());
    }

    /** A schema without the PostgreSQL-only object classes added after the first release of the model. */
    public Schema(String name, String owner, String comment, String collation, List<Table> tables,
                  List<View> views, List<Sequence> sequences, List<EnumType> enumTypes, List<Routine> routines) {
        this(name, owner, comment, collation, tables, views, sequences, enumTypes, routines, List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    /** A schema with privileges but none of the PostgreSQL-only object classes (domains, aggregates, ...). */
    public Schema(String name, String owner, String comment, String collation, List<Table> tables,
                  List<View> views, List<Sequence> sequences, List<EnumType> enumTypes, List<Routine> routines,
                  List<Privilege> privileges) {
        this(name, owner, comment, collation, tables, views, sequences, enumTypes, routines, List.of(), List.of(),
                List.of(), List.of(), List.of(), privileges);
    }

    /** The short form of the first model: tables and views only. */
    public Schema(String name, List<Table> tables, List<View> views) {
        this(name, null, null, null, tables, views, List.of(), List.of(), List.of());
    }

    public Optional<Table> table(String tableName) {
        // asked for every statement a linter reads: a loop, not a stream
        for (Table t : tables) {
            if (t.name().equals(tableName)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
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

    public Optional<Domain> domain(String domainName) {
        return domains.stream().filter(d -> d.name().equals(domainName)).findFirst();
    }

    public Schema withName(String value) {
        return new Schema(value, owner, comment, collation, tables, views, sequences, enumTypes, routines, domains,
                aggregates, collations, textSearchDictionaries, textSearchConfigurations, privileges);
    }

    public Schema withPrivileges(List<Privilege> value) {
        return new Schema(name, owner, comment, collation, tables, views, sequences, enumTypes, routines, domains,
                aggregates, collations, textSearchDictionaries, textSearchConfigurations, value);
    }

    public Schema withTables(List<Table> value) {
        return new Schema(name, owner, comment, collation, value, views, sequences, enumTypes, routines, domains,
                aggregates, collations, textSearchDictionaries, textSearchConfigurations, privileges);
    }

    public Schema withViews(List<View> value) {
        return new Schema(name, owner, comment, collation, tables, value, sequences, enumTypes, routines, domains,
                aggregates, collations, textSearchDictionaries, textSearchConfigurations, privileges);
    }

    public Schema withSequences(List<Sequence> value) {
        return new Schema(name, owner, comment, collation, tables, views, value, enumTypes, routines, domains,
                aggregates, collations, textSearchDictionaries, textSearchConfigurations, privileges);
    }

    public Schema withRoutines(List<Routine> value) {
        return new Schema(name, owner, comment, collation, tables, views, sequences, enumTypes, value, domains,
                aggregates, collations, textSearchDictionaries, textSearchConfigurations, privileges);
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
                ModelLists.byName(ModelLists.map(domains, Domain::canonical), Domain::name),
                ModelLists.sorted(aggregates, Comparator.comparing(Aggregate::name, ModelLists.NAME_ORDER)
                        .thenComparing(Aggregate::arguments, ModelLists.NAME_ORDER)),
                ModelLists.byName(collations, Collation::name),
                ModelLists.byName(textSearchDictionaries, TextSearchDictionary::name),
                ModelLists.byName(ModelLists.map(textSearchConfigurations, TextSearchConfiguration::canonical),
                        TextSearchConfiguration::name),
                ModelLists.sorted(privileges, Privilege.ORDER));
    }
}
