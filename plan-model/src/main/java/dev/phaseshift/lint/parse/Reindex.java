package dev.phaseshift.lint.parse;

import java.util.Locale;
import java.util.Objects;

/**
 * PostgreSQL {@code REINDEX [(options)] INDEX|TABLE|SCHEMA|DATABASE|SYSTEM [CONCURRENTLY] name}.
 *
 * @param target what is rebuilt: an index, a table's indexes, or those of every table of a schema or database
 * @param name   the index, table, schema or database as written; null for {@code DATABASE}/{@code SYSTEM} without
 *               a name (postgresql 15 and later)
 */
public record Reindex(Target target, String name, boolean concurrently) implements WrittenCommand {
    public enum Target {
        INDEX, TABLE, SCHEMA, DATABASE, SYSTEM;

        /** {@code index}, {@code table}, ... as written in messages. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Reindex {
        Objects.requireNonNull(target, "target");
    }
}
