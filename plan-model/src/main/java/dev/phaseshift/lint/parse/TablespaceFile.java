package dev.phaseshift.lint.parse;

import java.util.List;
import java.util.Objects;

/**
 * MySQL/MariaDB {@code ALTER TABLE t DISCARD | IMPORT [PARTITION p, ... | ALL] TABLESPACE}: the table's (or the
 * partitions') InnoDB data file is deleted, or a data file copied into the data directory is taken as the table's.
 *
 * @param partitions the partitions it names, as written; empty for the whole table and for {@code PARTITION ALL}
 */
public record TablespaceFile(String table, Kind kind, List<String> partitions) implements WrittenCommand {
    public TablespaceFile {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(kind, "kind");
        partitions = List.copyOf(partitions);
    }

    /** What happens to the data file. */
    public enum Kind {
        /** {@code DISCARD TABLESPACE}: the data file is deleted with every row in it; the table is unusable. */
        DISCARD,
        /** {@code IMPORT TABLESPACE}: a copied data file becomes the table's, restoring its rows. */
        IMPORT
    }
}
