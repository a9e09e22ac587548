package dev.phaseshift.dryrun;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Routine;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.Trigger;
import dev.phaseshift.schema.TypeNames;
import dev.phaseshift.schema.View;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares two schemas of one service as read from a server, one readable line per difference
 * ({@code customers.public.customers: column "phone_number" present, expected absent}).
 *
 * <p>Left out because the model cannot know them or the server renames them: server version, source and
 * database; owners, sizes, row estimates, storage engine and collations; where MySQL lists keys and checks;
 * routine signatures and bodies (names are compared); trigger bodies and definitions; view definitions, columns
 * and sources. Compared in a
 * spelling-neutral form: column types (normalised with {@link TypeNames}), defaults and check expressions
 * (casts, quotes, parentheses, case and blanks removed), so {@code 'new'::character varying} equals
 * {@code 'new'} and {@code ((email)::text <> ''::text)} equals {@code `email` <> ''}. Column order is not a
 * difference: PostgreSQL cannot put a re-added column back at its old position, so order is reported apart.
 */
public final class SchemaComparison {
    private SchemaComparison() {
    }

    /** The part of a snapshot that can be compared, in canonical order. */
    public static Snapshot comparable(Snapshot s) {
        Engine engine = s.engine();
        return new Snapshot("svc", engine, null, null, null, null, List.of(),
                s.schemas().stream().map(x -> schema(engine, x)).toList(), s.extensions()).canonical();
    }

    /** Each difference of {@code actual} from {@code expected}, prefixed with {@code service.schema.object}. */
    public static List<String> differences(String service, Snapshot expected, Snapshot actual) {
        Snapshot e = comparable(expected);
        Snapshot a = comparable(actual);
        List<String> out = new ArrayList<>();
        Map<String, Schema> es = byName(e.schemas(), Schema::name);
        Map<String, Schema> as = byName(a.schemas(), Schema::name);
        presence(out, service, "schema", es, as);
        for (Map.Entry<String, Schema> entry : es.entrySet()) {
            Schema other = as.get(entry.getKey());
            if (other != null) {
                schemaDifferences(out, service + "." + entry.getKey(), entry.getValue(), other);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Tables whose columns are the same but in another order
     * ({@code customers.public.customers: column order id, email, phone_number, phone; expected ...}).
     */
    public static List<String> columnOrderChanges(String service, Snapshot expected, Snapshot actual) {
        List<String> out = new ArrayList<>();
        for (Schema schema : expected.schemas()) {
            for (Table table : schema.tables()) {
                actual.table(schema.name(), table.name()).ifPresent(other -> {
                    List<String> want = table.canonical().columns().stream().map(Column::name).toList();
                    List<String> got = other.canonical().columns().stream().map(Column::name).toList();
                    if (!want.equals(got) && want.size() == got.size() && got.containsAll(want)) {
                        out.add(service + "." + schema.name() + "." + table.name() + ": column order "
                                + String.join(", ", got) + "; expected " + String.join(", ", want));
                    }
                });
            }
        }
        return List.copyOf(out);
    }

    private static void schemaDifferences(List<String> out, String prefix, Schema expected, Schema actual) {
        Map<String, Table> et = byName(expected.tables(), Table::name);
        Map<String, Table> at = byName(actual.tables(), Table::name);
        presence(out, prefix, "table", et, at);
        for (Map.Entry<String, Table> entry : et.entrySet()) {
            Table other = at.get(entry.getKey());
            if (other != null) {
                tableDifferences(out, prefix + "." + entry.getKey(), entry.getValue(), other);
            }
        }
        objects(out, prefix, "view", expected.views(), actual.views(), View::name);
        objects(out, prefix, "sequence", expected.sequences(), actual.sequences(), s -> s.name());
        objects(out, prefix, "type", expected.enumTypes(), actual.enumTypes(), t -> t.name());
        objects(out, prefix, "routine", expected.routines(), actual.routines(), Routine::name);
    }

    private static void tableDifferences(List<String> out, String prefix, Table expected, Table actual) {
        int before = out.size();
        Map<String, Column> ec = byName(expected.columns(), Column::name);
        Map<String, Column> ac = byName(actual.columns(), Column::name);
        for (String name : ac.keySet()) {
            if (!ec.containsKey(name)) {
                out.add(prefix + ": column \"" + name + "\" present, expected absent");
            }
        }
        for (Map.Entry<String, Column> entry : ec.entrySet()) {
            Column want = entry.getValue();
            Column got = ac.get(entry.getKey());
            if (got == null) {
                out.add(prefix + ": column \"" + entry.getKey() + "\" absent, expected present");
            } else {
                columnDifferences(out, prefix + ": column \"" + entry.getKey() + "\"", want, got);
            }
        }
        if (!Objects.equals(expected.kind(), actual.kind())) {
            out.add(prefix + ": kind " + actual.kind() + ", expected " + expected.kind());
        }
        objects(out, prefix, "constraint", expected.constraints(), actual.constraints(), Constraint::name);
        objects(out, prefix, "foreign key", expected.foreignKeys(), actual.foreignKeys(), ForeignKey::name);
        objects(out, prefix, "index", expected.indexes(), actual.indexes(), Index::name);
        objects(out, prefix, "trigger", expected.triggers(), actual.triggers(), Trigger::name);
        if (out.size() == before && !withoutOrdinals(expected).equals(withoutOrdinals(actual))) {
            // a property no line above names (comment, partitioning): say so rather than hide it
            out.add(prefix + ": table definition differs");
        }
    }

    private static void columnDifferences(List<String> out, String prefix, Column want, Column got) {
        if (!Objects.equals(want.normalizedType(), got.normalizedType())) {
            out.add(prefix + " type " + got.type() + ", expected " + want.type());
        }
        if (want.nullable() != got.nullable()) {
            out.add(prefix + (got.nullable() ? " nullable, expected not null" : " not null, expected nullable"));
        }
        if (!Objects.equals(want.defaultExpression(), got.defaultExpression())) {
            out.add(prefix + " default " + shown(got.defaultExpression()) + ", expected "
                    + shown(want.defaultExpression()));
        }
        if (!Objects.equals(want.identity(), got.identity()) || !Objects.equals(want.generated(), got.generated())) {
            out.add(prefix + " identity or generation differs");
        }
        if (!Objects.equals(want.onUpdate(), got.onUpdate()) || !Objects.equals(want.comment(), got.comment())) {
            out.add(prefix + " on-update clause or comment differs");
        }
    }

    /** Objects of one kind by name: present on one side only, or present on both and defined differently. */
    private static <T> void objects(List<String> out, String prefix, String kind, List<T> expected, List<T> actual,
                                    Function<T, String> name) {
        Map<String, T> e = byName(expected, name);
        Map<String, T> a = byName(actual, name);
        presence(out, prefix, kind, e, a);
        for (Map.Entry<String, T> entry : e.entrySet()) {
            T other = a.get(entry.getKey());
            if (other != null && !other.equals(entry.getValue())) {
                out.add(prefix + ": " + kind + " \"" + entry.getKey() + "\" defined differently");
            }
        }
    }

    private static <T> void presence(List<String> out, String prefix, String kind, Map<String, T> expected,
                                     Map<String, T> actual) {
        for (String name : actual.keySet()) {
            if (!expected.containsKey(name)) {
                out.add(prefix + ": " + kind + " \"" + name + "\" present, expected absent");
            }
        }
        for (String name : expected.keySet()) {
            if (!actual.containsKey(name)) {
                out.add(prefix + ": " + kind + " \"" + name + "\" absent, expected present");
            }
        }
    }

    private static Table withoutOrdinals(Table t) {
        return t.withColumns(t.columns().stream().map(c -> c.withOrdinal(0))
                .sorted(java.util.Comparator.comparing(Column::name)).toList());
    }

    private static String shown(String expression) {
        return expression == null ? "none" : expression;
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> out = new LinkedHashMap<>();
        for (T item : items) {
            out.put(name.apply(item), item);
        }
        return out;
    }

    private static Schema schema(Engine engine, Schema s) {
        return new Schema(s.name(), null, null, null, s.tables().stream().map(t -> table(engine, t)).toList(),
                s.views().stream().map(SchemaComparison::view).toList(), s.sequences(), s.enumTypes(),
                s.routines().stream().map(r -> new Routine(r.name(), r.kind(), null, null, null, null, null)).toList(),
                s.domains(), s.aggregates(), s.collations(), s.textSearchDictionaries(),
                s.textSearchConfigurations());
    }

    private static View view(View v) {
        return View.builder(v.name()).materialized(v.materialized()).build();
    }

    private static Table table(Engine engine, Table t) {
        return t.toBuilder().owner(null).rowEstimate(null).sizeBytes(null).storageEngine(null).collation(null)
                .columns(t.columns().stream().map(c -> column(engine, c)).toList())
                .constraints(t.constraints().stream().map(c -> new Constraint(c.name(), c.kind(), c.columns(),
                        loose(c.expression()), c.validated(), c.enforced(), c.deferrable(), c.initiallyDeferred(),
                        c.comment())).toList())
                // where the server lists a key is not something an operation predicts (constraints above lose
                // their position the same way)
                .indexes(t.indexes().stream().map(i -> i.toBuilder().position(null).build()).toList())
                .triggers(t.triggers().stream().map(SchemaComparison::trigger).toList())
                .build();
    }

    private static Trigger trigger(Trigger t) {
        return Trigger.builder(t.name(), t.timing(), t.events()).forEachRow(t.forEachRow()).function(t.function())
                .updateColumns(t.updateColumns()).enabled(t.enabled()).build();
    }

    private static Column column(Engine engine, Column c) {
        String normalized = TypeNames.normalize(engine, c.type());
        return c.toBuilder().type(normalized).normalizedType(normalized).collation(null)
                .defaultExpression(loose(c.defaultExpression())).build();
    }

    /** An expression without casts, quotes, parentheses, blanks or case. */
    static String loose(String expression) {
        if (expression == null) {
            return null;
        }
        String e = expression.replaceAll("::[a-zA-Z_ ]+(\\(\\d+(,\\d+)?\\))?(\\[\\])?", "");
        e = e.replace("\"", "").replace("`", "").replace("(", "").replace(")", "").replaceAll("\\s+", "");
        return e.toLowerCase(Locale.ROOT);
    }
}
