package dev.phaseshift.ddl;

import dev.phaseshift.schema.Aggregate;
import dev.phaseshift.schema.Collation;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.ColumnRef;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.Domain;
import dev.phaseshift.schema.EnumType;
import dev.phaseshift.schema.Extension;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.IdentityKind;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.IndexKey;
import dev.phaseshift.schema.ObjectName;
import dev.phaseshift.schema.Privilege;
import dev.phaseshift.schema.Routine;
import dev.phaseshift.schema.RoutineKind;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Sequence;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TableKind;
import dev.phaseshift.schema.TextSearchConfiguration;
import dev.phaseshift.schema.TextSearchDictionary;
import dev.phaseshift.schema.TextSearchMapping;
import dev.phaseshift.schema.Trigger;
import dev.phaseshift.schema.View;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * PostgreSQL DDL. Names the snapshot records are written out explicitly (constraints, identity sequences), so
 *
 * <p><b>Privileges.</b> A snapshot's {@link Privilege}s are rendered last, once every object exists, as
 * {@code GRANT} and {@code REVOKE} statements, as {@code pg_dump} writes them. Roles are server-wide and not
 * part of a snapshot: on a server without a grantee role the script stops at that grant. That is the honest
 * outcome for a script meant to recreate the schema faithfully ({@code phaseshift ddl}, whose
 * {@code --no-privileges} leaves them out); a renderer made with {@code privileges = false} leaves them out
 * for loads where they do not matter and their roles need not exist, such as dry-run shadow databases.
 * nothing depends on the server choosing the same generated names again. Server-printed text (view bodies,
 * function and trigger definitions, check and partition expressions) is used as printed; PostgreSQL prints it
 * qualified wherever the introspection's search path needed that, and the schema mapping does not rewrite it,
 * so PostgreSQL snapshots are recreated under their own schema names.
 *
 * <p>Order: schemas; extensions, each after those it requires (objects that belong to an extension are not in
 * the snapshot, the extension recreates them); collations; enum types; text search dictionaries and
 * configurations; sequences; then domains, tables, functions, aggregates and views in one dependency order
 * ({@link ObjectOrder}: a function taking a table's row type after the table, a view calling a function after
 * the function); indexes (those of materialized views right after their view); foreign keys; sequence
 * ownership; triggers. Comments follow the object they describe.
 *
 * <p><b>Owners are recorded but not rendered.</b> The target of a script is usually a scratch server or a
 * shadow database where the source's roles do not exist, and {@code ALTER ... OWNER TO} a missing role fails
 * the whole load; the objects belong to whoever runs the script instead. A caller that needs the owners can
 * read them from the snapshot.
 */
public final class PostgresDdlRenderer implements DdlRenderer {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");
    /** Reserved key words (PostgreSQL appendix C, "reserved" and "reserved (can be function or type)"). */
    private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as",
            "asc", "asymmetric", "authorization", "binary", "both", "case", "cast", "check", "collate", "collation",
            "column", "concurrently", "constraint", "create", "cross", "current_catalog", "current_date",
            "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "default",
            "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign",
            "freeze", "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect",
            "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order", "outer",
            "overlaps", "placing", "primary", "references", "returning", "right", "select", "session_user",
            "similar", "some", "symmetric", "system_user", "table", "tablesample", "then", "to", "trailing", "true",
            "union", "unique", "user", "using", "variadic", "verbose", "when", "where", "window", "with");

    private final boolean privileges;

    /** A renderer that writes everything, privileges included. */
    public PostgresDdlRenderer() {
        this(true);
    }

    /** @param privileges whether to write the snapshot's grants and revoked default privileges */
    public PostgresDdlRenderer(boolean privileges) {
        this.privileges = privileges;
    }

    @Override
    public List<String> statements(Snapshot snapshot, SchemaMapping mapping) {
        Snapshot canonical = snapshot.canonical();
        List<Schema> schemas = canonical.schemas();
        List<String> out = new ArrayList<>();
        // function bodies may name tables that do not exist yet; pg_dump does the same
        out.add("SET check_function_bodies = false");
        Set<String> created = new HashSet<>();
        for (Schema s : schemas) {
            out.add("CREATE SCHEMA IF NOT EXISTS " + quote(mapping.target(s.name())));
            comment(out, "SCHEMA", quote(mapping.target(s.name())), s.comment());
            created.add(s.name());
        }
        extensions(out, mapping, canonical.extensions(), created);
        for (Schema s : schemas) {
            for (Collation c : s.collations()) {
                collation(out, mapping, s.name(), c);
            }
        }
        for (Schema s : schemas) {
            for (EnumType e : s.enumTypes()) {
                String name = qualified(mapping, s.name(), e.name());
                out.add("CREATE TYPE " + name + " AS ENUM (" + e.labels().stream().map(PostgresDdlRenderer::literal)
                        .collect(Collectors.joining(", ")) + ")");
                comment(out, "TYPE", name, e.comment());
            }
        }
        for (Schema s : schemas) {
            for (TextSearchDictionary d : s.textSearchDictionaries()) {
                String name = qualified(mapping, s.name(), d.name());
                out.add("CREATE TEXT SEARCH DICTIONARY " + name + " (TEMPLATE = " + d.template()
                        + (d.options() == null ? "" : ", " + d.options()) + ")");
                comment(out, "TEXT SEARCH DICTIONARY", name, d.comment());
            }
        }
        for (Schema s : schemas) {
            for (TextSearchConfiguration c : s.textSearchConfigurations()) {
                textSearchConfiguration(out, mapping, s.name(), c);
            }
        }
        for (Schema s : schemas) {
            for (Sequence q : s.sequences()) {
                if (!q.identity()) {
                    String name = qualified(mapping, s.name(), q.name());
                    out.add("CREATE SEQUENCE " + name + sequenceOptions(q, true));
                    comment(out, "SEQUENCE", name, q.comment());
                }
            }
        }
        Map<ColumnRef, Sequence> identities = new HashMap<>();
        for (Schema s : schemas) {
            for (Sequence q : s.sequences()) {
                if (q.identity()) {
                    ColumnRef c = q.ownedBy();
                    String schema = c.schema() == null ? s.name() : c.schema();
                    identities.put(new ColumnRef(schema, c.table(), c.column()), q);
                }
            }
        }
        List<Placed> tables = tablesParentsFirst(schemas);
        for (ObjectOrder.Item item : ObjectOrder.of(schemas, tables.stream()
                .map(p -> new ObjectOrder.PlacedTable(p.schema(), p.table())).toList())) {
            switch (item.kind()) {
                case DOMAIN -> domain(out, mapping, item.schema(), (Domain) item.object());
                case TABLE -> table(out, mapping, identities, item.schema(), (Table) item.object());
                case ROUTINE -> routine(out, mapping, item.schema(), (Routine) item.object());
                case AGGREGATE -> aggregate(out, mapping, item.schema(), (Aggregate) item.object());
                case VIEW -> view(out, mapping, item.schema(), (View) item.object());
            }
        }
        for (Placed p : tables) {
            indexes(out, mapping, p.schema(), p.table().name(), p.table().indexes());
        }
        for (Placed p : tables) {
            for (ForeignKey fk : p.table().foreignKeys()) {
                out.add("ALTER TABLE " + qualified(mapping, p.schema(), p.table().name()) + " ADD "
                        + foreignKey(mapping, p.schema(), fk));
                comment(out, "CONSTRAINT", quote(fk.name()) + " ON "
                        + qualified(mapping, p.schema(), p.table().name()), fk.comment());
            }
        }
        for (Schema s : schemas) {
            for (Sequence q : s.sequences()) {
                if (!q.identity() && q.ownedBy() != null) {
                    String owner = q.ownedBy().schema() == null ? s.name() : q.ownedBy().schema();
                    out.add("ALTER SEQUENCE " + qualified(mapping, s.name(), q.name()) + " OWNED BY "
                            + qualified(mapping, owner, q.ownedBy().table()) + "." + quote(q.ownedBy().column()));
                }
            }
        }
        for (Placed p : tables) {
            triggers(out, mapping, p.schema(), p.table().name(), p.table().triggers());
        }
        for (Schema s : schemas) {
            for (View v : s.views()) {
                triggers(out, mapping, s.name(), v.name(), v.triggers());
            }
        }
        if (privileges) {
            for (Schema s : schemas) {
                for (Privilege p : s.privileges()) {
                    out.add(privilege(mapping, s, p));
                }
            }
        }
        return out;
    }

    /** {@code GRANT}, or {@code REVOKE} for a default privilege (or its grant option) the object lacks. */
    private String privilege(SchemaMapping mapping, Schema s, Privilege p) {
        String on = p.target() + " " + switch (p.target()) {
            case SCHEMA -> quote(mapping.target(s.name()));
            case FUNCTION, PROCEDURE -> s.routines().stream().filter(r -> r.signature().equals(p.object()))
                    .findFirst().map(r -> qualified(mapping, s.name(), r.name()) + "(" + r.arguments() + ")")
                    .orElseGet(() -> mapping.target(s.name()) == null ? p.object()
                            : quote(mapping.target(s.name())) + "." + p.object());
            default -> qualified(mapping, s.name(), p.object());
        };
        String what = p.privilege() + (p.column() == null ? "" : " (" + quote(p.column()) + ")");
        String grantee = Privilege.PUBLIC.equals(p.grantee()) ? "PUBLIC" : quote(p.grantee());
        if (!p.revoked()) {
            return "GRANT " + what + " ON " + on + " TO " + grantee + (p.grantable() ? " WITH GRANT OPTION" : "");
        }
        return "REVOKE " + (p.grantable() ? "GRANT OPTION FOR " : "") + what + " ON " + on + " FROM " + grantee;
    }

    /**
     * Each extension after those it requires, in the schema it was installed in (created first when the snapshot
     * does not hold that schema), at the recorded version.
     */
    private static void extensions(List<String> out, SchemaMapping mapping, List<Extension> extensions,
                                   Set<String> created) {
        DependencyOrder<String, Extension> order = new DependencyOrder<>();
        order.addAll(extensions, Extension::name, Extension::requires);
        for (Extension e : order.ordered()) {
            StringBuilder sql = new StringBuilder("CREATE EXTENSION IF NOT EXISTS ").append(quote(e.name()));
            if (e.schema() != null) {
                String schema = mapping.target(e.schema());
                if (!created.contains(e.schema()) && !e.schema().equals("pg_catalog")) {
                    out.add("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
                    created.add(e.schema());
                }
                sql.append(" WITH SCHEMA ").append(quote(schema));
            }
            if (e.version() != null) {
                sql.append(" VERSION ").append(literal(e.version()));
            }
            out.add(sql.toString());
        }
    }

    private static void collation(List<String> out, SchemaMapping mapping, String schema, Collation c) {
        String name = qualified(mapping, schema, c.name());
        List<String> options = new ArrayList<>();
        options.add("provider = " + c.provider());
        if (c.locale() != null) {
            options.add("locale = " + literal(c.locale()));
        }
        if (c.lcCollate() != null) {
            options.add("lc_collate = " + literal(c.lcCollate()));
        }
        if (c.lcCtype() != null) {
            options.add("lc_ctype = " + literal(c.lcCtype()));
        }
        if (!c.deterministic()) {
            options.add("deterministic = false");
        }
        out.add("CREATE COLLATION " + name + " (" + String.join(", ", options) + ")");
        comment(out, "COLLATION", name, c.comment());
    }

    private static void textSearchConfiguration(List<String> out, SchemaMapping mapping, String schema,
                                                TextSearchConfiguration c) {
        String name = qualified(mapping, schema, c.name());
        out.add("CREATE TEXT SEARCH CONFIGURATION " + name + " (PARSER = " + c.parser() + ")");
        for (TextSearchMapping m : c.mappings()) {
            out.add("ALTER TEXT SEARCH CONFIGURATION " + name + " ADD MAPPING FOR " + quote(m.tokenType()) + " WITH "
                    + String.join(", ", m.dictionaries()));
        }
        comment(out, "TEXT SEARCH CONFIGURATION", name, c.comment());
    }

    private static void domain(List<String> out, SchemaMapping mapping, String schema, Domain d) {
        String name = qualified(mapping, schema, d.name());
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(name).append(" AS ").append(d.baseType());
        if (d.collation() != null) {
            sql.append(" COLLATE ").append(collationName(d.collation()));
        }
        if (d.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(d.defaultExpression());
        }
        if (d.notNull()) {
            sql.append(" NOT NULL");
        }
        List<String> deferred = new ArrayList<>();
        for (Constraint c : d.checks()) {
            String check = "CONSTRAINT " + quote(c.name()) + " CHECK (" + c.expression() + ")";
            if (c.validated()) {
                sql.append(' ').append(check);
            } else {
                deferred.add("ALTER DOMAIN " + name + " ADD " + check + " NOT VALID");
            }
        }
        out.add(sql.toString());
        out.addAll(deferred);
        comment(out, "DOMAIN", name, d.comment());
        for (Constraint c : d.checks()) {
            comment(out, "CONSTRAINT", quote(c.name()) + " ON DOMAIN " + name, c.comment());
        }
    }

    private static void routine(List<String> out, SchemaMapping mapping, String schema, Routine r) {
        if (r.definition() != null) {
            out.add(r.definition());
            comment(out, r.kind() == RoutineKind.PROCEDURE ? "PROCEDURE" : "FUNCTION",
                    qualified(mapping, schema, r.name()) + "(" + r.arguments() + ")", r.comment());
        }
    }

    private static void aggregate(List<String> out, SchemaMapping mapping, String schema, Aggregate a) {
        // an aggregate over no argument, count(*) style, has an empty argument list in the catalog
        String name = qualified(mapping, schema, a.name()) + "(" + (a.arguments().isEmpty() ? "*" : a.arguments())
                + ")";
        out.add("CREATE AGGREGATE " + name + " (\n    " + String.join(",\n    ", a.options()) + "\n)");
        comment(out, "AGGREGATE", name, a.comment());
    }

    private record Placed(String schema, Table table) {
    }

    /** Partitioned parents before their partitions (which may be partitioned again), otherwise name order. */
    private static List<Placed> tablesParentsFirst(List<Schema> schemas) {
        Map<ObjectName, Placed> all = new HashMap<>();
        List<Placed> byName = new ArrayList<>();
        for (Schema s : schemas) {
            for (Table t : s.tables()) {
                Placed p = new Placed(s.name(), t);
                all.put(new ObjectName(s.name(), t.name()), p);
                byName.add(p);
            }
        }
        Map<Placed, Integer> depth = new HashMap<>();
        for (Placed p : byName) {
            int d = 0;
            ObjectName parent = p.table().partitionOf();
            while (parent != null && d < all.size()) {
                Placed up = all.get(parent);
                d++;
                parent = up == null ? null : up.table().partitionOf();
            }
            depth.put(p, d);
        }
        byName.sort(Comparator.comparingInt(depth::get));
        return byName;
    }

    private void table(List<String> out, SchemaMapping mapping, Map<ColumnRef, Sequence> identities,
                       String schema, Table t) {
        String name = qualified(mapping, schema, t.name());
        List<String> deferred = new ArrayList<>();
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(name);
        if (t.partitionOf() != null) {
            String parentSchema = t.partitionOf().schema() == null ? schema : t.partitionOf().schema();
            sql.append(" PARTITION OF ").append(qualified(mapping, parentSchema, t.partitionOf().name()))
                    .append(' ').append(t.partitionBound());
            // a partition's columns come from its parent; what it declares itself is added afterwards
            for (Constraint c : t.constraints()) {
                deferred.add("ALTER TABLE " + name + " ADD " + constraint(c, t));
            }
        } else {
            List<String> elements = new ArrayList<>();
            for (Column c : t.columns()) {
                elements.add(column(mapping, identities, schema, t, c));
            }
            for (Constraint c : t.constraints()) {
                if (c.kind() == ConstraintKind.CHECK && !c.validated()) {
                    deferred.add("ALTER TABLE " + name + " ADD " + constraint(c, t));
                } else {
                    elements.add(constraint(c, t));
                }
            }
            sql.append(" (\n    ").append(String.join(",\n    ", elements)).append("\n)");
        }
        if (t.kind() == TableKind.PARTITIONED && t.partitionKey() != null) {
            sql.append(" PARTITION BY ").append(t.partitionKey());
        }
        out.add(sql.toString());
        out.addAll(deferred);
        comment(out, "TABLE", name, t.comment());
        for (Column c : t.columns()) {
            comment(out, "COLUMN", name + "." + quote(c.name()), c.comment());
        }
        for (Constraint c : t.constraints()) {
            comment(out, "CONSTRAINT", quote(c.name()) + " ON " + name, c.comment());
        }
    }

    private String column(SchemaMapping mapping, Map<ColumnRef, Sequence> identities, String schema, Table t,
                          Column c) {
        StringBuilder sql = new StringBuilder(quote(c.name())).append(' ').append(c.type());
        if (c.collation() != null) {
            sql.append(" COLLATE ").append(collationName(c.collation()));
        }
        if (c.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(c.generated().expression()).append(") STORED");
        }
        if (c.identity() == IdentityKind.ALWAYS || c.identity() == IdentityKind.BY_DEFAULT) {
            sql.append(c.identity() == IdentityKind.ALWAYS ? " GENERATED ALWAYS AS IDENTITY"
                    : " GENERATED BY DEFAULT AS IDENTITY");
            // the identity's own sequence, named and tuned as recorded rather than as the server would choose
            Sequence q = identities.get(new ColumnRef(schema, t.name(), c.name()));
            if (q != null) {
                sql.append(" (SEQUENCE NAME ").append(qualified(mapping, schema, q.name()))
                        .append(sequenceOptions(q, false)).append(')');
            }
        }
        if (!c.nullable()) {
            sql.append(" NOT NULL");
        }
        if (c.defaultExpression() != null && c.identity() == null && c.generated() == null) {
            sql.append(" DEFAULT ").append(c.defaultExpression());
        }
        return sql.toString();
    }

    private String constraint(Constraint c, Table t) {
        StringBuilder sql = new StringBuilder("CONSTRAINT ").append(quote(c.name())).append(' ');
        switch (c.kind()) {
            case PRIMARY_KEY -> sql.append("PRIMARY KEY (").append(columns(c.columns())).append(')');
            case UNIQUE -> {
                sql.append("UNIQUE");
                boolean nullsNotDistinct = t.indexes().stream()
                        .anyMatch(i -> c.name().equals(i.constraint()) && i.nullsNotDistinct());
                if (nullsNotDistinct) {
                    sql.append(" NULLS NOT DISTINCT");
                }
                sql.append(" (").append(columns(c.columns())).append(')');
            }
            case CHECK -> sql.append("CHECK (").append(ArrayCastSpelling.reparseable(c.expression())).append(')');
            case EXCLUDE -> sql.append(c.expression());
        }
        if (c.kind() != ConstraintKind.EXCLUDE || !c.expression().contains("DEFERRABLE")) {
            if (c.deferrable()) {
                sql.append(c.initiallyDeferred() ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
            }
        }
        if (c.kind() == ConstraintKind.CHECK && !c.validated()) {
            sql.append(" NOT VALID");
        }
        return sql.toString();
    }

    private String foreignKey(SchemaMapping mapping, String schema, ForeignKey fk) {
        String parentSchema = fk.referencedSchema() == null ? schema : fk.referencedSchema();
        StringBuilder sql = new StringBuilder("CONSTRAINT ").append(quote(fk.name())).append(" FOREIGN KEY (")
                .append(columns(fk.columns())).append(") REFERENCES ")
                .append(qualified(mapping, parentSchema, fk.referencedTable()))
                .append(" (").append(columns(fk.referencedColumns())).append(')');
        if (!ForeignKey.MATCH_SIMPLE.equals(fk.match())) {
            sql.append(" MATCH ").append(fk.match());
        }
        if (!ForeignKey.NO_ACTION.equals(fk.onDelete())) {
            sql.append(" ON DELETE ").append(fk.onDelete());
        }
        if (!ForeignKey.NO_ACTION.equals(fk.onUpdate())) {
            sql.append(" ON UPDATE ").append(fk.onUpdate());
        }
        if (fk.deferrable()) {
            sql.append(fk.initiallyDeferred() ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
        }
        if (!fk.validated()) {
            sql.append(" NOT VALID");
        }
        return sql.toString();
    }

    private void indexes(List<String> out, SchemaMapping mapping, String schema, String relation,
                         List<Index> indexes) {
        for (Index i : indexes) {
            if (i.constraint() != null) {
                continue; // created with its primary key, unique or exclusion constraint
            }
            StringBuilder sql = new StringBuilder(i.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ")
                    .append(quote(i.name())).append(" ON ").append(qualified(mapping, schema, relation));
            if (!Index.BTREE.equals(i.method())) {
                sql.append(" USING ").append(i.method());
            }
            sql.append(" (").append(i.keyParts().stream().map(this::indexKey).collect(Collectors.joining(", ")))
                    .append(')');
            if (!i.include().isEmpty()) {
                sql.append(" INCLUDE (").append(columns(i.include())).append(')');
            }
            if (i.nullsNotDistinct()) {
                sql.append(" NULLS NOT DISTINCT");
            }
            if (i.predicate() != null) {
                sql.append(" WHERE (").append(ArrayCastSpelling.reparseable(i.predicate())).append(')');
            }
            out.add(sql.toString());
            comment(out, "INDEX", qualified(mapping, schema, i.name()), i.comment());
        }
    }

    private String indexKey(IndexKey k) {
        StringBuilder sql = new StringBuilder(k.column() != null ? quote(k.column()) : "(" + k.expression() + ")");
        if (k.collation() != null) {
            sql.append(" COLLATE ").append(collationName(k.collation()));
        }
        if (k.opclass() != null) {
            sql.append(' ').append(k.opclass());
        }
        if (k.descending()) {
            sql.append(" DESC");
        }
        if (k.nullsFirst() != null) {
            sql.append(k.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
        }
        return sql.toString();
    }

    private void view(List<String> out, SchemaMapping mapping, String schema, View v) {
        String name = qualified(mapping, schema, v.name());
        if (v.definition() == null) {
            return; // unreadable: the snapshot lists it as skipped, there is nothing to recreate
        }
        String kind = v.materialized() ? "MATERIALIZED VIEW" : "VIEW";
        StringBuilder sql = new StringBuilder("CREATE ").append(kind).append(' ').append(name).append(" AS\n")
                .append(ArrayCastSpelling.reparseable(v.definition()));
        if (v.checkOption() != null) {
            sql.append("\n  WITH ").append(v.checkOption().toUpperCase(Locale.ROOT)).append(" CHECK OPTION");
        }
        out.add(sql.toString());
        comment(out, kind, name, v.comment());
        for (Column c : v.columns()) {
            comment(out, "COLUMN", name + "." + quote(c.name()), c.comment());
        }
        indexes(out, mapping, schema, v.name(), v.indexes());
    }

    private void triggers(List<String> out, SchemaMapping mapping, String schema, String relation,
                          List<Trigger> triggers) {
        for (Trigger t : triggers) {
            if (t.definition() == null) {
                continue;
            }
            out.add(t.definition());
            if (!t.enabled()) {
                out.add("ALTER TABLE " + qualified(mapping, schema, relation) + " DISABLE TRIGGER " + quote(t.name()));
            }
        }
    }

    private static String sequenceOptions(Sequence q, boolean withType) {
        return q.postgresOptions(withType);
    }

    private static void comment(List<String> out, String kind, String target, String comment) {
        if (comment != null) {
            out.add("COMMENT ON " + kind + " " + target + " IS " + literal(comment));
        }
    }

    /**
     * A collation as SQL. Snapshots store PostgreSQL collations schema-qualified and quoted as the server prints
     * them ({@code pg_catalog."de-x-icu"}, {@code app.german}); older snapshots stored the bare name, which is
     * quoted here.
     */
    static String collationName(String collation) {
        return Collation.postgresReference(collation);
    }

    private static String columns(List<String> names) {
        return names.stream().map(PostgresDdlRenderer::quote).collect(Collectors.joining(", "));
    }

    private static String qualified(SchemaMapping mapping, String schema, String name) {
        String target = mapping.target(schema);
        return target == null ? quote(name) : quote(target) + "." + quote(name);
    }

    /** An identifier as PostgreSQL needs it: bare when it is lower case and not reserved, else double-quoted. */
    static String quote(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !RESERVED.contains(identifier)) {
            return identifier;
        }
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** A string literal; standard_conforming_strings is on since PostgreSQL 9.1, so only quotes double. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
