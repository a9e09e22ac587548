package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ObjectName;
import dev.phaseshift.schema.Routine;
import dev.phaseshift.schema.RoutineKind;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Trigger;
import dev.phaseshift.schema.TriggerEvent;
import dev.phaseshift.schema.TriggerTiming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code create_trigger}, mostly for dual writes during a migration: a row trigger whose {@code body} is
 * engine SQL ({@code NEW.email_address := NEW.email;} on PostgreSQL, {@code SET NEW.email_address = NEW.email;}
 * on MySQL). PostgreSQL gets a function {@code <name>_fn} that runs the body and returns {@code NEW}
 * ({@code OLD} for a delete-only trigger). MySQL triggers fire on one event each.
 *
 * <p>Instead of {@code body}, {@code definition} re-creates a trigger as the server reported it (what a rollback
 * of {@code drop_trigger} does): on PostgreSQL the whole {@code CREATE TRIGGER} statement, run as written, whose
 * {@code function} must exist; on MySQL/MariaDB the trigger body as written ({@code BEGIN ... END} or one
 * statement). {@code update_columns}, {@code when} and {@code action_order} then describe it for the model.
 */
public record CreateTrigger(String name, String table, @OptionalField String timing, List<String> events,
                            @OptionalField String body, @OptionalField String definition,
                            @OptionalField String function, @OptionalField List<String> updateColumns,
                            @OptionalField String when, Integer actionOrder)
        implements Operation {
    public CreateTrigger {
        events = events == null ? List.of() : List.copyOf(events);
        updateColumns = updateColumns == null ? List.of() : List.copyOf(updateColumns);
    }

    public CreateTrigger(String name, String table, String timing, List<String> events, String body) {
        this(name, table, timing, events, body, null, null, null, null, null);
    }

    /** The trigger exactly as the snapshot has it. */
    static CreateTrigger of(Trigger t, String table) {
        return new CreateTrigger(t.name(), table, t.timing().name().toLowerCase(Locale.ROOT),
                t.events().stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toList(), null,
                t.definition() != null ? t.definition() : t.body(),
                t.function() == null ? null : t.function().dotted(), t.updateColumns(), t.condition(),
                t.actionOrder());
    }

    private TriggerTiming timingValue() {
        return TriggerTiming.valueOf(timing == null ? "BEFORE" : timing.toUpperCase(Locale.ROOT));
    }

    private List<TriggerEvent> eventValues() {
        return events.stream().map(e -> TriggerEvent.valueOf(e.toUpperCase(Locale.ROOT))).toList();
    }

    public String functionName() {
        return name + "_fn";
    }

    @Override
    public List<Problem> validate(Snapshot schema) {
        var found = SchemaEdit.table(schema, table);
        if (found.isEmpty()) {
            return Issues.unknownTable(table);
        }
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            return List.of(Issues.missing("name", operationName()));
        }
        if (found.get().table().trigger(name).isPresent()) {
            problems.add(Issues.error("duplicate-trigger", "trigger " + Issues.q(name) + " already exists on table "
                    + Issues.q(table), null));
        }
        try {
            timingValue();
            if (eventValues().isEmpty() || eventValues().contains(TriggerEvent.TRUNCATE)) {
                problems.add(Issues.error("bad-trigger-events", "trigger " + Issues.q(name)
                        + " needs events among insert, update and delete", null));
            }
        } catch (IllegalArgumentException e) {
            problems.add(Issues.error("bad-trigger-events", "trigger " + Issues.q(name) + " has timing "
                    + Issues.q(String.valueOf(timing)) + " or events " + events
                    + " that are not before/after and insert/update/delete", null));
            return problems;
        }
        if (schema.engine() == Engine.MYSQL && events.size() > 1) {
            problems.add(Issues.error("one-event-per-trigger", "trigger " + Issues.q(name)
                    + " fires on several events, which mysql does not allow", "write one create_trigger per event"));
        }
        if ((body == null || body.isBlank()) && (definition == null || definition.isBlank())) {
            problems.add(Issues.missing("body", operationName()));
        } else if (body != null && definition != null) {
            problems.add(Issues.error("body-and-definition", "trigger " + Issues.q(name)
                    + " gives both \"body\" and \"definition\"", "keep one of them"));
        }
        if (definition != null && schema.engine() == Engine.POSTGRESQL && function == null) {
            problems.add(Issues.missing("function", operationName() + " with a definition"));
        }
        return problems;
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        String schemaName = SchemaEdit.schemaOf(schema, table);
        boolean pg = schema.engine() == Engine.POSTGRESQL;
        if (definition != null) {
            ObjectName fn = function == null ? null : function.contains(".")
                    ? new ObjectName(function.substring(0, function.indexOf('.')),
                    function.substring(function.indexOf('.') + 1)) : new ObjectName(schemaName, function);
            Trigger as = Trigger.builder(name, timingValue(), eventValues()).updateColumns(updateColumns)
                    .condition(when).function(pg ? fn : null)
                    .forEachRow(!(pg && definition.toUpperCase(Locale.ROOT).contains("FOR EACH STATEMENT"))).definition(pg ? definition : null)
                    .body(pg ? null : definition).actionOrder(actionOrder).build();
            return SchemaEdit.editTable(schema, table, t -> {
                List<Trigger> triggers = new ArrayList<>(t.triggers());
                triggers.add(as);
                return t.toBuilder().triggers(triggers).build();
            });
        }
        Trigger trigger = Trigger.builder(name, timingValue(), eventValues())
                .function(pg ? new ObjectName(schemaName, functionName()) : null)
                .body(pg ? null : "BEGIN " + body + " END").build();
        Snapshot withTrigger = SchemaEdit.editTable(schema, table, t -> {
            List<Trigger> triggers = new ArrayList<>(t.triggers());
            triggers.add(trigger);
            return t.toBuilder().triggers(triggers).build();
        });
        if (!pg) {
            return withTrigger;
        }
        return SchemaEdit.editSchema(withTrigger, schemaName, s -> {
            List<Routine> routines = new ArrayList<>(s.routines());
            routines.add(new Routine(functionName(), RoutineKind.FUNCTION, "", "trigger", "plpgsql",
                    functionSql(Dialect.postgres(12), schemaName + "." + functionName()), null));
            return s.withRoutines(routines);
        });
    }

    /** The PostgreSQL trigger function; the model keeps it as the routine's definition so a drop can restore it. */
    private String functionSql(Dialect dialect, String qualifiedFunction) {
        String result = eventValues().equals(List.of(TriggerEvent.DELETE)) ? "OLD" : "NEW";
        return "CREATE FUNCTION " + dialect.qualified(qualifiedFunction) + "() RETURNS trigger LANGUAGE plpgsql AS "
                + "$phaseshift$ BEGIN " + body + " RETURN " + result + "; END $phaseshift$";
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        return List.of(new DropTrigger(name, table));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        String on = " ON " + ddl.table(table) + " FOR EACH ROW ";
        if (definition != null) {
            return ddl.ddl(dialect.postgres() ? definition : "CREATE TRIGGER " + ddl.q(name) + " "
                    + timingValue().name() + " " + eventValues().get(0).name() + on + definition).build();
        }
        if (dialect.postgres()) {
            String fn = ddl.table(SchemaEdit.sibling(table, functionName()));
            ddl.ddl(functionSql(dialect, SchemaEdit.sibling(table, functionName())));
            return ddl.ddl("CREATE TRIGGER " + ddl.q(name) + " " + timingValue().name() + " "
                    + eventValues().stream().map(Enum::name).collect(Collectors.joining(" OR ")) + on
                    + "EXECUTE FUNCTION " + fn + "()").build();
        }
        return ddl.ddl("CREATE TRIGGER " + ddl.q(name) + " " + timingValue().name() + " " + eventValues().get(0).name()
                + on + "BEGIN " + body + " END").build();
    }
}
