package dev.phaseshift.ddl;

import dev.phaseshift.schema.ObjectName;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.View;

import java.util.Comparator;
import java.util.List;

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
        DependencyOrder<ObjectName, Placed> order = new DependencyOrder<>();
        schemas.stream().sorted(Comparator.comparing(Schema::name))
                .forEach(s -> s.views().stream().sorted(Comparator.comparing(View::name))
                        .forEach(v -> order.add(new ObjectName(s.name(), v.name()), new Placed(s.name(), v),
                                v.sources().stream().map(source -> new ObjectName(
                                        source.schema() == null ? s.name() : source.schema(), source.name()))
                                        .toList())));
        return order.ordered();
    }
}
