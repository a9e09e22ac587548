package dev.phaseshift.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key inside one database.
 *
 * @param columns           the referencing columns, in key order (composite keys keep their order)
 * @param referencedSchema  the schema of the parent table; for MySQL the database name
 * @param referencedColumns the parent columns, pairwise with {@code columns}
 * @param onDelete          the action as SQL words ({@code CASCADE}, {@code SET NULL}, {@code NO ACTION}...)
 * @param match             {@code SIMPLE}, {@code FULL} or {@code PARTIAL}; MySQL reports none and gets {@code SIMPLE}
 * @param validated         false for a PostgreSQL {@code NOT VALID} key that existing rows may violate
 * @param comment           the constraint comment, or null
 */
public record ForeignKey(String name, List<String> columns, String referencedSchema, String referencedTable,
                         List<String> referencedColumns, String onDelete, String onUpdate, String match,
                         boolean deferrable, boolean initiallyDeferred, boolean validated, String comment) {
    public static final String NO_ACTION = "NO ACTION";
    public static final String MATCH_SIMPLE = "SIMPLE";

    public ForeignKey {
        Objects.requireNonNull(referencedTable, "referencedTable");
        columns = ModelLists.copy(columns);
        referencedColumns = ModelLists.copy(referencedColumns);
        onDelete = onDelete == null ? NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? NO_ACTION : onUpdate;
        match = match == null ? MATCH_SIMPLE : match;
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key \"" + name + "\": " + columns.size()
                    + " columns reference " + referencedColumns.size() + " columns");
        }
        if (initiallyDeferred && !deferrable) {
            throw new IllegalArgumentException("foreign key \"" + name + "\": initially deferred but not deferrable");
        }
    }

    /** The short form of the first model: MATCH SIMPLE, validated, not deferrable, no comment. */
    public ForeignKey(String name, List<String> columns, String referencedSchema, String referencedTable,
                      List<String> referencedColumns, String onDelete, String onUpdate) {
        this(name, columns, referencedSchema, referencedTable, referencedColumns, onDelete, onUpdate, null,
                false, false, true, null);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        return new Builder(name).columns(columns).references(referencedSchema, referencedTable, referencedColumns)
                .onDelete(onDelete).onUpdate(onUpdate).match(match).deferrable(deferrable, initiallyDeferred)
                .validated(validated).comment(comment);
    }

    /** Builds a {@link ForeignKey}: NO ACTION, MATCH SIMPLE, validated and immediate unless told otherwise. */
    public static final class Builder {
        private final String name;
        private List<String> columns = List.of();
        private String referencedSchema;
        private String referencedTable;
        private List<String> referencedColumns = List.of();
        private String onDelete;
        private String onUpdate;
        private String match;
        private boolean deferrable;
        private boolean initiallyDeferred;
        private boolean validated = true;
        private String comment;

        private Builder(String name) {
            this.name = name;
        }

        public Builder columns(List<String> value) {
            this.columns = value;
            return this;
        }

        public Builder references(String schema, String table, List<String> parentColumns) {
            this.referencedSchema = schema;
            this.referencedTable = table;
            this.referencedColumns = parentColumns;
            return this;
        }

        public Builder onDelete(String value) {
            this.onDelete = value;
            return this;
        }

        public Builder onUpdate(String value) {
            this.onUpdate = value;
            return this;
        }

        public Builder match(String value) {
            this.match = value;
            return this;
        }

        public Builder deferrable(boolean value, boolean initially) {
            this.deferrable = value;
            this.initiallyDeferred = initially;
            return this;
        }

        public Builder validated(boolean value) {
            this.validated = value;
            return this;
        }

        public Builder comment(String value) {
            this.comment = value;
            return this;
        }

        public ForeignKey build() {
            return new ForeignKey(name, columns, referencedSchema, referencedTable, referencedColumns, onDelete,
                    onUpdate, match, deferrable, initiallyDeferred, validated, comment);
        }
    }
}
