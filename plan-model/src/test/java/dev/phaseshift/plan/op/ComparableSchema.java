package dev.phaseshift.plan.op;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Routine;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.Trigger;
import dev.phaseshift.schema.TypeNames;
import dev.phaseshift.schema.View;

import java.util.List;
import java.util.Locale;

/**
 * The part of a snapshot that the model predicts, so that {@code applyTo} can be compared with what
 * introspection reads after the real statements ran.
 *
 * <p>Left out because the model cannot know them: server version, source and database; owners, sizes, row
 * estimates, storage engine and collations; routine signatures and bodies (names are compared); trigger bodies
 * and definitions; view definitions, columns and sources (the model does not parse view SQL yet). Compared in
 * a spelling-neutral form: column types (normalised with {@link TypeNames}), defaults and check expressions
 * (casts, quotes, parentheses, case and blanks removed), so {@code 'new'::character varying} equals
 * {@code 'new'} and {@code ((email)::text <> ''::text)} equals {@code `email` <> ''}.
 */
final class ComparableSchema {
    private ComparableSchema() {
    }

    static Snapshot of(Snapshot s) {
        Engine engine = s.engine();
        return new Snapshot("svc", engine, null, null, null, null, List.of(),
                s.schemas().stream().map(x -> schema(engine, x)).toList()).canonical();
    }

    private static Schema schema(Engine engine, Schema s) {
        return new Schema(s.name(), null, null, null, s.tables().stream().map(t -> table(engine, t)).toList(),
                s.views().stream().map(ComparableSchema::view).toList(), s.sequences(), s.enumTypes(),
                s.routines().stream().map(r -> new Routine(r.name(), r.kind(), null, null, null, null, null)).toList());
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
                .triggers(t.triggers().stream().map(ComparableSchema::trigger).toList())
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
