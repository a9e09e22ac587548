package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Trigger;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code drop_trigger}, with its {@code <name>_fn} function on PostgreSQL. Only triggers whose body can be
 * restored are dropped: MySQL triggers (the body is in the snapshot) and PostgreSQL triggers created by
 * {@code create_trigger} whose function definition the snapshot holds.
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
        if (schema.engine() == Engine.POSTGRESQL && body(schema, trigger.get()) == null) {
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

    @Override
    public Snapshot applyTo(Snapshot schema) {
        Trigger trigger = SchemaEdit.table(schema, table).orElseThrow().table().trigger(name).orElseThrow();
        Snapshot without = SchemaEdit.editTable(schema, table, t -> t.toBuilder()
                .triggers(t.triggers().stream().filter(x -> !x.name().equals(name)).toList()).build());
        if (trigger.function() == null) {
            return without;
        }
        String fn = trigger.function().name();
        return SchemaEdit.editSchema(without, trigger.function().schema(), s -> s.withRoutines(
                s.routines().stream().filter(r -> !r.name().equals(fn)).toList()));
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        Trigger trigger = SchemaEdit.table(before, table).orElseThrow().table().trigger(name).orElseThrow();
        return List.of(new CreateTrigger(name, table, trigger.timing().name().toLowerCase(Locale.ROOT),
                trigger.events().stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toList(),
                body(before, trigger)));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        if (dialect.postgres()) {
            Trigger trigger = SchemaEdit.table(before, table).orElseThrow().table().trigger(name).orElseThrow();
            ddl.ddl("DROP TRIGGER " + ddl.q(name) + " ON " + ddl.table(table));
            if (trigger.function() != null) {
                ddl.ddl("DROP FUNCTION " + ddl.q(trigger.function().schema()) + "." + ddl.q(trigger.function().name())
                        + "()");
            }
            return ddl.build();
        }
        return ddl.ddl("DROP TRIGGER " + ddl.table(SchemaEdit.sibling(table, name))).build();
    }
}
