package dev.phaseshift.lint.parse;

import java.util.List;

/**
 * PostgreSQL {@code VACUUM FULL [tables]} or {@code VACUUM (FULL, ...) [tables]}: each table is rewritten into a
 * new file. A plain {@code VACUUM} takes no lock that blocks reads or writes and is not one of these.
 *
 * @param tables the tables as written; empty for the whole database
 */
public record VacuumFull(List<String> tables) implements WrittenCommand {
    public VacuumFull {
        tables = List.copyOf(tables);
    }
}
