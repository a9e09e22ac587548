package dev.phaseshift.plan.op;

import java.util.List;
import java.util.Objects;

/**
 * What an operation needs to find in the schema it runs on, or what it puts there for later operations: the schema
 * a plain SQL file is assumed to run on is built from these, whatever the operation's kind.
 *
 * @param kind  what is needed or made
 * @param table the table, as the operation names it
 * @param names the columns, the index, the constraint or the new name, as {@code kind} says (possibly empty)
 */
public record SchemaNeed(Kind kind, String table, List<String> names) {
    public enum Kind {
        /** The table exists already. */
        TABLE,
        /** The table exists with these columns. */
        COLUMNS,
        /** The table exists with a unique key on these columns (the other end of a foreign key). */
        KEY,
        /** The table exists with this index. */
        INDEX,
        /** The table exists with this constraint. */
        CONSTRAINT,
        /** The operation creates the table: it is new and empty. */
        CREATES,
        /** The operation puts these columns on the table: later operations find them there. */
        ADDS_COLUMNS,
        /** The operation renames the existing table to the one name given. */
        RENAMES_TO
    }

    public SchemaNeed {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        names = names == null ? List.of() : List.copyOf(names);
    }

    public static SchemaNeed of(Kind kind, String table, String... names) {
        return new SchemaNeed(kind, table, List.of(names));
    }

    /** One {@link Kind#COLUMNS} need per column used. */
    public static List<SchemaNeed> columns(List<ColumnRef> used) {
        return used.stream().map(c -> of(Kind.COLUMNS, c.table(), c.column())).toList();
    }
}
