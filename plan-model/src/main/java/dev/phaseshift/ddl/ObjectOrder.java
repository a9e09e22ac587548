package dev.phaseshift.ddl;

import dev.phaseshift.schema.Aggregate;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Domain;
import dev.phaseshift.schema.Routine;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.View;
import dev.phaseshift.schema.ViewSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order in which PostgreSQL domains, tables, functions, aggregates and views are created, by what each one
 * uses: a function taking a table's row type after that table, a table whose default calls a function after
 * that function, a view after the functions it calls and the relations it reads, a domain after the domain it
 * is based on. Without a dependency the order is domains, tables (partitioned parents first), functions,
 * aggregates, views.
 *
 * <p>The snapshot records what a view reads but not what a function or a default calls, so those uses are
 * found in the server-printed text: the introspection reads it with an empty search path, so every user
 * object is named there schema-qualified and quoted exactly as {@link PostgresDdlRenderer#quote} quotes it
 * ({@code core.next_code(}, {@code "Berichte Ü".positive_amount}). A name that merely appears inside a string
 * literal can add an edge that is not needed; an extra edge only moves an object earlier, never breaks the
 * order, unless it closes a cycle, in which case the objects of the cycle keep their default order. Function
 * bodies are not searched: they are not checked while the script loads.
 */
final class ObjectOrder {
    enum Kind { DOMAIN, TABLE, ROUTINE, AGGREGATE, VIEW }

    /** One object to create, with its schema. */
    record Item(Kind kind, String schema, Object object) {
    }

    /** A table with its schema, in the order tables would be created without other dependencies. */
    record PlacedTable(String schema, Table table) {
    }

    private record Key(Kind kind, String schema, String name) {
    }

    private static final Pattern QUALIFIED_NAME = Pattern.compile(
            "(?:[a-z_][a-z0-9_$]*|\"(?:[^\"]|\"\")+\")\\.(?:[a-z_][a-z0-9_$]*|\"(?:[^\"]|\"\")+\")");

    private ObjectOrder() {
    }

    static List<Item> of(List<Schema> schemas, List<PlacedTable> tables) {
        // what each kind of use looks like in server-printed text
        Map<String, Key> typeNames = new LinkedHashMap<>();
        Map<String, Key> callNames = new LinkedHashMap<>();
        Map<String, List<Key>> routineNames = new LinkedHashMap<>();
        for (Schema s : schemas) {
            for (Domain d : s.domains()) {
                typeNames.put(name(s.name(), d.name()), new Key(Kind.DOMAIN, s.name(), d.name()));
            }
            for (Table t : s.tables()) {
                typeNames.put(name(s.name(), t.name()), new Key(Kind.TABLE, s.name(), t.name()));
            }
            for (View v : s.views()) {
                typeNames.put(name(s.name(), v.name()), new Key(Kind.VIEW, s.name(), v.name()));
            }
            for (Routine r : s.routines()) {
                routineNames.computeIfAbsent(name(s.name(), r.name()), k -> new ArrayList<>())
                        .add(new Key(Kind.ROUTINE, s.name(), r.signature()));
            }
            for (Aggregate a : s.aggregates()) {
                routineNames.computeIfAbsent(name(s.name(), a.name()), k -> new ArrayList<>())
                        .add(new Key(Kind.AGGREGATE, s.name(), a.signature()));
            }
        }
        DependencyOrder<Key, Item> order = new DependencyOrder<>();
        for (Schema s : schemas) {
            for (Domain d : s.domains()) {
                List<String> texts = new ArrayList<>(List.of(d.baseType()));
                texts.add(d.defaultExpression());
                d.checks().stream().map(Constraint::expression).forEach(texts::add);
                List<Key> uses = new ArrayList<>(mentioned(texts, typeNames));
                uses.addAll(called(texts, routineNames));
                order.add(new Key(Kind.DOMAIN, s.name(), d.name()), new Item(Kind.DOMAIN, s.name(), d), uses);
            }
        }
        for (PlacedTable p : tables) {
            Table t = p.table();
            List<String> texts = new ArrayList<>();
            for (Column c : t.columns()) {
                texts.add(c.type());
                texts.add(c.defaultExpression());
                texts.add(c.generated() == null ? null : c.generated().expression());
            }
            t.constraints().stream().map(Constraint::expression).forEach(texts::add);
            List<Key> uses = new ArrayList<>(mentioned(texts, typeNames));
            uses.addAll(called(texts, routineNames));
            if (t.partitionOf() != null) {
                String parentSchema = t.partitionOf().schema() == null ? p.schema() : t.partitionOf().schema();
                uses.add(new Key(Kind.TABLE, parentSchema, t.partitionOf().name()));
            }
            order.add(new Key(Kind.TABLE, p.schema(), t.name()), new Item(Kind.TABLE, p.schema(), t), uses);
        }
        for (Schema s : schemas) {
            for (Routine r : s.routines()) {
                // the signature, not the body: bodies are not checked while loading (check_function_bodies)
                List<String> texts = new ArrayList<>();
                texts.add(r.arguments());
                texts.add(r.returnType());
                order.add(new Key(Kind.ROUTINE, s.name(), r.signature()), new Item(Kind.ROUTINE, s.name(), r),
                        mentioned(texts, typeNames));
            }
        }
        for (Schema s : schemas) {
            for (Aggregate a : s.aggregates()) {
                List<String> texts = new ArrayList<>(a.options());
                texts.add(a.arguments());
                List<Key> uses = new ArrayList<>(mentioned(texts, typeNames));
                // support functions are named without parentheses: SFUNC = core.add_len
                uses.addAll(mentionedRoutines(texts, routineNames));
                order.add(new Key(Kind.AGGREGATE, s.name(), a.signature()), new Item(Kind.AGGREGATE, s.name(), a),
                        uses);
            }
        }
        for (ViewOrder.Placed p : ViewOrder.of(schemas)) {
            View v = p.view();
            List<Key> uses = new ArrayList<>();
            for (ViewSource source : v.sources()) {
                String schema = source.schema() == null ? p.schema() : source.schema();
                Key relation = typeNames.get(name(schema, source.name()));
                if (relation != null) {
                    uses.add(relation);
                }
            }
            List<String> texts = new ArrayList<>();
            texts.add(v.definition());
            uses.addAll(called(texts, routineNames));
            order.add(new Key(Kind.VIEW, p.schema(), v.name()), new Item(Kind.VIEW, p.schema(), v), uses);
        }
        return order.ordered();
    }

    private static String name(String schema, String name) {
        return PostgresDdlRenderer.quote(schema) + "." + PostgresDdlRenderer.quote(name);
    }

    /** Types (domains, row types of tables and views) named in the texts. */
    private static List<Key> mentioned(Collection<String> texts, Map<String, Key> typeNames) {
        List<Key> found = new ArrayList<>();
        for (String text : texts) {
            qualifiedNames(text, (name, call) -> {
                Key key = typeNames.get(name);
                if (key != null) {
                    found.add(key);
                }
            });
        }
        return found;
    }

    /** Functions and aggregates called in the texts, every overload of a called name. */
    private static List<Key> called(Collection<String> texts, Map<String, List<Key>> routineNames) {
        return routines(texts, routineNames, true);
    }

    /** Functions and aggregates named in the texts, called or not. */
    private static List<Key> mentionedRoutines(Collection<String> texts, Map<String, List<Key>> routineNames) {
        return routines(texts, routineNames, false);
    }

    private static List<Key> routines(Collection<String> texts, Map<String, List<Key>> routineNames,
                                      boolean callsOnly) {
        List<Key> found = new ArrayList<>();
        for (String text : texts) {
            qualifiedNames(text, (name, call) -> {
                if (call || !callsOnly) {
                    found.addAll(routineNames.getOrDefault(name, List.of()));
                }
            });
        }
        return found;
    }

    /** Receives each schema-qualified name of a text, and whether an opening parenthesis follows it. */
    private interface NameVisitor {
        void visit(String name, boolean call);
    }

    /**
     * Every {@code schema.name} in the text, in one pass, so that the cost grows with the text and not with the
     * number of objects that could be named.
     */
    private static void qualifiedNames(String text, NameVisitor visitor) {
        if (text == null || text.indexOf('.') < 0) {
            return;
        }
        Matcher m = QUALIFIED_NAME.matcher(text);
        while (m.find()) {
            int start = m.start();
            if (start > 0 && (isIdentifierPart(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
                continue;
            }
            visitor.visit(m.group(), m.end() < text.length() && text.charAt(m.end()) == '(');
        }
    }

    private static boolean isIdentifierPart(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_' || ch == '$';
    }
}
