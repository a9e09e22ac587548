package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code drop_trigger}, with its {@code <name>_fn} function on PostgreSQL when {@code create_trigger} made it (any
 * other trigger function stays: other triggers may execute it). The rollback re-creates what
 * {@code create_trigger} made from its body, and any other trigger from the definition the snapshot recorded
 * (PostgreSQL {@code CREATE TRIGGER} statement, MySQL body).
 */
public record DropTrigger(String name, String table) implements Operation {
    private static final Pattern PG_BODY = Pattern.compile("(?s)\\$[A-Za-z_]*\\$\\s*BEGIN\\s+(.*?)\\s+RETURN\\s+\\w+;\\s*END");

    @Override
    public List<Problem> validate(Snapshot schema) {
        var found = SchemaEdit.table(schema, table);
        if (found.isEmpty()) {
            return Issues.unknownTable(table);
        }
        var trigger = found.get().table().trigger(name);
        if (trigger.isEmpty()) {
            return List.of(Issues.error("unknown-trigger", "trigger " + Issues.q(name) + " does not exist on table "
                    + Issues.q(table), null));
        }
        if (schema.engine() == Engine.POSTGRESQL && !ownFunction(trigger.get())
                && trigger.get().definition() == null
                || schema.engine() == Engine.POSTGRESQL && ownFunction(trigger.get())
                && body(schema, trigger.get()) == null) {
            return List.of(Issues.warning("irreversible-drop", "the function of trigger " + Issues.q(name)
                    + " is not in the snapshot, so the rollback cannot re-create the trigger", null));
        }
        return List.of();
    }

    private String body(Snapshot schema, Trigger trigger) {
        if (schema.engine() == Engine.MYSQL) {
            String b = trigger.body() == null ? "" : trigger.body().strip();
            if (b.regionMatches(true, 0, "BEGIN", 0, 5) && b.toUpperCase(Locale.ROOT).endsWith("END")) {
                b = b.substring(5, b.length() - 3).strip();
            }
            return b;
        }
        if (trigger.function() == null) {
            return null;
        }
        String fn = trigger.function().name();
        return schema.schema(SchemaEdit.schemaOf(schema, table)).flatMap(s -> s.routine(fn))
                .map(r -> r.definition() == null ? null : r.definition())
                .map(d -> {
                    Matcher m = PG_BODY.matcher(d);
                    return m.find() ? m.group(1) : null;
                }).orElse(null);
    }

    /** Whether the trigger runs the {@code <name>_fn} function that {@code create_trigger} makes. */
    private boolean ownFunction(Trigger trigger) {
        return trigger.function() != null && trigger.function().name().equals(name + "_fn");
    }

    /** Whether {@code create_trigger} with a body gives back exactly this trigger. */
    private boolean madeByCreateTrigger(Snapshot schema, Trigger trigger) {
        if (!trigger.updateColumns().isEmpty() || trigger.condition() != null || !trigger.forEachRow()) {
            return false;
        }
        if (schema.engine() == Engine.MYSQL) {
            String b = trigger.body() == null ? "" : trigger.body();
            return b.equals("BEGIN " + body(schema, trigger) + " END") && trigger.actionOrder() == null;
        }
        // the definition the server printed is not kept: create_trigger re-creates the same statement from the body
        return ownFunction(trigger) && body(schema, trigger) != null;
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        Trigger trigger = SchemaEdit.table(schema, table).orElseThrow().table().trigger(name).orElseThrow();
        Snapshot without = SchemaEdit.editTable(schema, table, t -> t.toBuilder()
                .triggers(t.triggers().stream().filter(x -> !x.name().equals(name)).toList()).build());
        if (!ownFunction(trigger)) {
            return without;
        }
        String fn = trigger.function().name();
        return SchemaEdit.editSchema(without, trigger.function().schema(), s -> s.withRoutines(
                s.routines().stream().filter(r -> !r.name().equals(fn)).toList()));
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        Trigger trigger = SchemaEdit.table(before, table).orElseThrow().table().trigger(name).orElseThrow();
        if (madeByCreateTrigger(before, trigger)) {
            return List.of(new CreateTrigger(name, table, trigger.timing().name().toLowerCase(Locale.ROOT),
                    trigger.events().stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toList(),
                    body(before, trigger)));
        }
        if (ownFunction(trigger) || trigger.definition() == null && trigger.body() == null) {
            return List.of(); // undoLimits says it cannot be restored
        }
        return List.of(CreateTrigger.of(trigger, table));
    }

    @Override
    public List<Problem> undoLimits(Snapshot before) {
        var trigger = SchemaEdit.table(before, table).flatMap(l -> l.table().trigger(name));
        if (trigger.isEmpty() || madeByCreateTrigger(before, trigger.get())) {
            return List.of();
        }
        String what = "trigger " + Issues.q(name) + " of table " + Issues.q(table);
        if (ownFunction(trigger.get()) || trigger.get().definition() == null && trigger.get().body() == null) {
            return List.of(Issues.undoLimit("undo-not-restored", "rolling back the drop of " + what
                    + " cannot re-create it: the snapshot does not hold its definition", "give the step a rollback"));
        }
        List<Problem> limits = new ArrayList<>();
        if (!trigger.get().enabled()) {
            limits.add(Issues.undoLimit("undo-not-restored", "rolling back the drop of " + what
                    + " re-creates it enabled, though it was disabled", null));
        }
        if (before.engine() == Engine.MYSQL && (trigger.get().sqlMode() != null || trigger.get().definer() != null
                || trigger.get().statement() != null)) {
            limits.add(Issues.undoLimit("undo-trigger-context", "rolling back the drop of " + what
                    + " re-creates it from its parts (the server keeps that CREATE text, not the one it was written "
                    + "with) under the sql_mode and account of the session that runs the rollback"
                    + (trigger.get().sqlMode() == null ? "" : ", not sql_mode " + Issues.q(trigger.get().sqlMode()))
                    + (trigger.get().definer() == null ? "" : ", not definer " + Issues.q(trigger.get().definer())),
                    "run the rollback with the same sql_mode and account, or give the step a rollback"));
        }
        if (!trigger.get().forEachRow() && before.engine() == Engine.MYSQL) {
            limits.add(Issues.undoLimit("undo-not-restored", "rolling back the drop of " + what
                    + " re-creates it for each row", null));
        }
        return limits;
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        if (dialect.postgres()) {
            Trigger trigger = SchemaEdit.table(before, table).orElseThrow().table().trigger(name).orElseThrow();
            ddl.ddl("DROP TRIGGER " + ddl.q(name) + " ON " + ddl.table(table));
            if (ownFunction(trigger)) {
                ddl.ddl("DROP FUNCTION " + ddl.q(trigger.function().schema()) + "." + ddl.q(trigger.function().name())
                        + "()");
            }
            return ddl.build();
        }
        return ddl.ddl("DROP TRIGGER " + ddl.table(SchemaEdit.sibling(table, name))).build();
    }
}
