package dev.phaseshift.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A trigger on a table or view.
 *
 * @param events        the events that fire it, in {@link TriggerEvent} order
 * @param updateColumns the columns of {@code UPDATE OF a, b}, empty when any update fires it
 * @param forEachRow    row-level ({@code FOR EACH ROW}) rather than statement-level
 * @param condition     the {@code WHEN (...)} condition without the keyword, or null
 * @param function      PostgreSQL: the trigger function it executes (its body is among the schema's routines);
 *                      null on MySQL
 * @param body          MySQL: the trigger body as the server reports it ({@code BEGIN ... END}); null on PostgreSQL
 * @param definition    PostgreSQL: the whole {@code CREATE TRIGGER} statement as the server prints it; null on MySQL
 * @param enabled       false for a PostgreSQL trigger that is {@code DISABLE}d
 * @param actionOrder   MySQL: the firing position among triggers of the same timing and event, or null
 * @param sqlMode       MySQL: the {@code sql_mode} the trigger was created under, which its body runs under; null
 *                      on PostgreSQL
 * @param definer       MySQL: the {@code user@host} account it was defined by; recorded, not rendered
 * @param statement     MySQL: the {@code CREATE TRIGGER} statement as the server keeps it (as written, with its
 *                      {@code DEFINER} clause), which DDL reproduces so the copy reads the same; null on PostgreSQL
 *                      and when it could not be read
 */
public record Trigger(String name, TriggerTiming timing, List<TriggerEvent> events, List<String> updateColumns,
                      boolean forEachRow, String condition, ObjectName function, String body, String definition,
                      boolean enabled, Integer actionOrder, String sqlMode, String definer, String statement) {
    public Trigger {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timing, "timing");
        events = ModelLists.sorted(ModelLists.copy(events), Comparator.naturalOrder());
        updateColumns = ModelLists.copy(updateColumns);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("trigger \"" + name + "\" has no events");
        }
    }

    /** The form without the original statement. */
    public Trigger(String name, TriggerTiming timing, List<TriggerEvent> events, List<String> updateColumns,
                   boolean forEachRow, String condition, ObjectName function, String body, String definition,
                   boolean enabled, Integer actionOrder, String sqlMode, String definer) {
        this(name, timing, events, updateColumns, forEachRow, condition, function, body, definition, enabled,
                actionOrder, sqlMode, definer, null);
    }

    /** The form without the MySQL attributes. */
    public Trigger(String name, TriggerTiming timing, List<TriggerEvent> events, List<String> updateColumns,
                   boolean forEachRow, String condition, ObjectName function, String body, String definition,
                   boolean enabled, Integer actionOrder) {
        this(name, timing, events, updateColumns, forEachRow, condition, function, body, definition, enabled,
                actionOrder, null, null, null);
    }

    public Builder toBuilder() {
        return new Builder(name, timing, events).updateColumns(updateColumns).forEachRow(forEachRow)
                .condition(condition).function(function).body(body).definition(definition).enabled(enabled)
                .actionOrder(actionOrder).sqlMode(sqlMode).definer(definer).statement(statement);
    }

    public static Builder builder(String name, TriggerTiming timing, List<TriggerEvent> events) {
        return new Builder(name, timing, events);
    }

    /** Builds a {@link Trigger}: row-level and enabled unless told otherwise. */
    public static final class Builder {
        private final String name;
        private final TriggerTiming timing;
        private final List<TriggerEvent> events;
        private List<String> updateColumns = List.of();
        private boolean forEachRow = true;
        private String condition;
        private ObjectName function;
        private String body;
        private String definition;
        private boolean enabled = true;
        private Integer actionOrder;
        private String sqlMode;
        private String definer;
        private String statement;

        private Builder(String name, TriggerTiming timing, List<TriggerEvent> events) {
            this.name = name;
            this.timing = timing;
            this.events = events;
        }

        public Builder updateColumns(List<String> value) {
            this.updateColumns = value;
            return this;
        }

        public Builder forEachRow(boolean value) {
            this.forEachRow = value;
            return this;
        }

        public Builder condition(String value) {
            this.condition = value;
            return this;
        }

        public Builder function(ObjectName value) {
            this.function = value;
            return this;
        }

        public Builder body(String value) {
            this.body = value;
            return this;
        }

        public Builder definition(String value) {
            this.definition = value;
            return this;
        }

        public Builder enabled(boolean value) {
            this.enabled = value;
            return this;
        }

        public Builder actionOrder(Integer value) {
            this.actionOrder = value;
            return this;
        }

        public Builder sqlMode(String value) {
            this.sqlMode = value;
            return this;
        }

        public Builder definer(String value) {
            this.definer = value;
            return this;
        }

        public Builder statement(String value) {
            this.statement = value;
            return this;
        }

        public Trigger build() {
            return new Trigger(name, timing, events, updateColumns, forEachRow, condition, function, body,
                    definition, enabled, actionOrder, sqlMode, definer, statement);
        }
    }
}
