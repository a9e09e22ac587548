package dev.phaseshift.lint.parse;

import java.util.List;

/**
 * {@code TRUNCATE [TABLE] a, b [CASCADE]}: every row of the tables goes at once.
 *
 * @param cascade postgresql {@code CASCADE}: tables whose foreign keys reference them are emptied too
 */
public record TruncateTables(List<String> tables, boolean cascade) implements WrittenCommand {
    public TruncateTables {
        tables = List.copyOf(tables);
    }
}
