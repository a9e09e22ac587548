package dev.phaseshift.lint.parse;

import java.util.List;

/**
 * PostgreSQL {@code CREATE PUBLICATION p FOR TABLE ...} or {@code ALTER PUBLICATION p ADD | SET | DROP TABLE ...}:
 * the tables it names go into (or out of) logical replication, under SHARE UPDATE EXCLUSIVE on each for a moment
 * (observed on 15), which lets reads and writes go on. {@code FOR ALL TABLES} and {@code TABLES IN SCHEMA} lock no
 * table.
 *
 * @param tables the tables named, as written
 */
public record PublishTables(List<String> tables) implements WrittenCommand {
    public PublishTables {
        tables = List.copyOf(tables);
    }
}
