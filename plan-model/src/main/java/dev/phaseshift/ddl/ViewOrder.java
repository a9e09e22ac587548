package dev.phaseshift.ddl;

import dev.phaseshift.schema.ObjectName;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.View;
import dev.phaseshift.schema.ViewSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders views so that each comes after the views it reads (a view of a view), across schemas; otherwise by
 * schema and name, so the same snapshot always renders the same script. A cycle cannot exist in a real
 * database; should a hand-edited snapshot contain one, the views of the cycle keep name order.
 */
final class ViewOrder {
    /** A view with the schema it lives in. */
    record Placed(String schema, View view) {
        ObjectName name() {
            return new ObjectName(schema, view.name());
        }
    }

    private ViewOrder() {
    }

    static List<Placed> of(List<Schema> schemas) {
        Map<ObjectName, Placed> views = new LinkedHashMap<>();
        schemas.stream().sorted(Comparator.comparing(Schema::name))
                .forEach(s -> s.views().stream().sorted(Comparator.comparing(View::name))
                        .forEach(v -> views.put(new ObjectName(s.name(), v.name()), new Placed(s.name(), v))));
        List<Placed> ordered = new ArrayList<>(views.size());
        Set<ObjectName> done = new HashSet<>();
        Map<ObjectName, Boolean> visiting = new HashMap<>();
        for (Placed p : views.values()) {
            visit(p, views, done, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(Placed p, Map<ObjectName, Placed> views, Set<ObjectName> done,
                              Map<ObjectName, Boolean> visiting, List<Placed> ordered) {
        ObjectName name = p.name();
        if (done.contains(name) || visiting.containsKey(name)) {
            return;
        }
        visiting.put(name, true);
        for (ViewSource source : p.view().sources()) {
            ObjectName read = new ObjectName(source.schema() == null ? p.schema() : source.schema(), source.name());
            Placed dependency = views.get(read);
            if (dependency != null) {
                visit(dependency, views, done, visiting, ordered);
            }
        }
        visiting.remove(name);
        done.add(name);
        ordered.add(p);
    }
}
