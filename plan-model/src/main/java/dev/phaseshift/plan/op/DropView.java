package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.View;

import java.util.List;

/** {@code drop_view}; the rollback re-creates it from the definition the snapshot recorded. */
public record DropView(String name) implements Operation {
    @Override
    public List<Removal> removes() {
        return List.of(Removal.dropped(name, null));
    }

    @Override
    public List<Problem> validate(Snapshot schema) {
        if (name == null || SchemaEdit.view(schema, name).isEmpty()) {
            return List.of(Issues.error("unknown-view", "view " + Issues.q(String.valueOf(name)) + " does not exist",
                    null));
        }
        if (SchemaEdit.view(schema, name).get().definition() == null) {
            return List.of(Issues.error("unreadable-view", "the definition of view " + Issues.q(name)
                    + " is unknown, so dropping it cannot be rolled back", null));
        }
        return List.of();
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return SchemaEdit.removeView(schema, name);
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        return List.of(new CreateView(name, SchemaEdit.view(before, name).orElseThrow().definition()));
    }

    @Override
    public List<Problem> undoLimits(Snapshot before) {
        var view = SchemaEdit.view(before, name);
        if (view.isEmpty()) {
            return List.of();
        }
        String what = "view " + Issues.q(name);
        List<Problem> limits = new java.util.ArrayList<>();
        // create_view records only the definition; the server derives columns and sources from it
        limits.add(Issues.undoLimit("undo-view-model", "rolling back the drop of " + what + " re-creates it "
                + "from its definition; the model knows its columns and sources again after the next introspection",
                null));
        View v = view.get();
        List<String> lost = new java.util.ArrayList<>();
        if (v.materialized()) {
            lost.add("materialization (it comes back as a plain view)");
        }
        if (v.comment() != null) {
            lost.add("comment");
        }
        if (v.checkOption() != null) {
            lost.add("check option");
        }
        if (!v.indexes().isEmpty()) {
            lost.add("indexes");
        }
        if (!v.triggers().isEmpty()) {
            lost.add("triggers");
        }
        if (!lost.isEmpty()) {
            limits.add(Issues.undoLimit("undo-not-restored", "rolling back the drop of " + what
                    + " does not restore its " + String.join(", ", lost), "give the step a rollback"));
        }
        return limits;
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        boolean materialized = SchemaEdit.view(before, name).map(View::materialized).orElse(false);
        return ddl.ddl((materialized ? "DROP MATERIALIZED VIEW " : "DROP VIEW ") + ddl.table(name)).build();
    }
}
