package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * PostgreSQL {@code ALTER TYPE name ADD VALUE [IF NOT EXISTS] 'value' [BEFORE | AFTER 'other']}: a new label of an
 * enum type, in the catalog only; no table is locked or rewritten. Before PostgreSQL 12 it cannot run inside a
 * transaction block, and on every version the new label cannot be used before the transaction that adds it commits.
 *
 * @param type        the enum type as written
 * @param value       the new label, without quotes
 * @param ifNotExists whether a label already there is skipped instead of failing
 */
public record AddEnumValue(String type, String value, boolean ifNotExists) implements WrittenCommand {
    public AddEnumValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
