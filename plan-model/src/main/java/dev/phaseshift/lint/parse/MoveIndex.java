package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * PostgreSQL {@code ALTER INDEX i SET TABLESPACE ts}: the index's files are copied to the other tablespace under
 * ACCESS EXCLUSIVE on the index. Planning any query of its table locks all the table's indexes, so every read and
 * write of the table waits until the copy ends, though the table itself is not locked.
 */
public record MoveIndex(String index, String tablespace) implements WrittenCommand {
    public MoveIndex {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(tablespace, "tablespace");
    }
}
