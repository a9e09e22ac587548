package dev.phaseshift.ddl;

import dev.phaseshift.schema.Routine;
import dev.phaseshift.schema.RoutineKind;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.View;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order in which MySQL stored routines and views are created: a view after the views it reads and the
 * functions it calls, a routine after the routines its body calls; otherwise routines before views, each by
 * schema and name, so the same snapshot always renders the same script. The server checks a view's functions
 * when the view is created, but not a routine body's references, so only the first matters for success; the
 * second keeps the script readable.
 */
final class MySqlObjectOrder {
    /** A routine or a view (exactly one is set) with the schema it lives in. */
    record Placed(String schema, Routine routine, View view) {
    }

    /** Functions and procedures have their own namespaces; routine names ignore case, relation names may not. */
    private record Key(String kind, String schema, String name) {
        static Key of(String kind, String schema, String name) {
            return new Key(kind, schema, kind.equals("relation") ? name : name.toLowerCase(Locale.ROOT));
        }
    }

    private static final String IDENTIFIER = "`(?:[^`]|``)+`|[\\p{L}\\p{N}_$]+";
    /** {@code name(} or {@code schema.name(}, bare or back-quoted: a call when {@code name} is a routine. */
    private static final Pattern CALL = Pattern.compile("(?:(" + IDENTIFIER + ")\\s*\\.\\s*)?(" + IDENTIFIER
            + ")\\s*\\(");

    private MySqlObjectOrder() {
    }

    static List<Placed> of(List<Schema> schemas) {
        DependencyOrder<Key, Placed> order = new DependencyOrder<>();
        List<Schema> sorted = schemas.stream().sorted(Comparator.comparing(Schema::name)).toList();
        for (Schema s : sorted) {
            for (Routine r : s.routines().stream().sorted(Comparator.comparing(Routine::name)).toList()) {
                String kind = r.kind() == RoutineKind.FUNCTION ? "function" : "procedure";
                order.add(Key.of(kind, s.name(), r.name()), new Placed(s.name(), r, null), calls(s.name(), r.body()));
            }
        }
        for (Schema s : sorted) {
            for (View v : s.views().stream().sorted(Comparator.comparing(View::name)).toList()) {
                List<Key> needs = new ArrayList<>(calls(s.name(), v.definition()));
                v.sources().forEach(x -> needs.add(Key.of("relation", x.schema() == null ? s.name() : x.schema(),
                        x.name())));
                order.add(Key.of("relation", s.name(), v.name()), new Placed(s.name(), null, v), needs);
            }
        }
        return order.ordered();
    }

    /** Every routine the text may call; names that are no routine of the snapshot are ignored by the order. */
    private static List<Key> calls(String schema, String text) {
        List<Key> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = CALL.matcher(text);
        while (m.find()) {
            String qualifier = m.group(1) == null ? schema : unquote(m.group(1));
            String name = unquote(m.group(2));
            out.add(Key.of("function", qualifier, name));
            out.add(Key.of("procedure", qualifier, name));
        }
        return out;
    }

    private static String unquote(String identifier) {
        return identifier.startsWith("`") ? identifier.substring(1, identifier.length() - 1).replace("``", "`")
                : identifier;
    }
}
