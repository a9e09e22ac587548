package dev.phaseshift.lint.parse;

/** What a statement says that its typed operations do not hold, but that decides how it locks or fails. */
public enum StatementFlag {
    /** {@code CREATE/DROP INDEX CONCURRENTLY}. */
    CONCURRENTLY,
    /** A foreign key or check added {@code NOT VALID}. */
    NOT_VALID,
    /** {@code IF EXISTS}, so a retry does not fail. */
    IF_EXISTS,
    /** {@code IF NOT EXISTS}, so a retry does not fail. */
    IF_NOT_EXISTS,
    /** A unique or primary key made from an existing index ({@code USING INDEX}). */
    USING_INDEX,
    /** An {@code ALTER TABLE} with several actions, which all run under the strongest lock any of them needs. */
    SEVERAL_ACTIONS,
    /** {@code CASCADE}: dependent objects go too. */
    CASCADE,
    /** {@code ADD [CONSTRAINT c] PRIMARY KEY (columns)}, which builds its index; the model holds no operation for it. */
    PRIMARY_KEY,
    /** MySQL {@code DROP PRIMARY KEY}. */
    DROP_PRIMARY_KEY,
    /**
     * A column definition with an inline {@code REFERENCES parent}: a foreign key on PostgreSQL and MariaDB, which
     * MySQL parses and ignores (no key is created).
     */
    INLINE_REFERENCES,
    /** {@code ADD [CONSTRAINT c] EXCLUDE ...}: its index is one of the statement's operations. */
    EXCLUSION,
    /** {@code BEGIN} or {@code START TRANSACTION}: opens a transaction block. */
    OPENS_TRANSACTION,
    /**
     * {@code COMMIT}, {@code END}, {@code ROLLBACK}, {@code ABORT} or {@code PREPARE TRANSACTION}: ends the
     * transaction block ({@code ROLLBACK TO} a savepoint and {@code COMMIT PREPARED} do not).
     */
    ENDS_TRANSACTION,
    /** An {@code UPDATE} or {@code DELETE} with a {@code WHERE} clause: it may touch a few rows, not the table. */
    FILTERED,
    /**
     * A statement that changes the catalog only and locks no table: extensions, roles, routines' characteristics,
     * casts, languages, a sequence's or an index's settings, a checkpoint.
     */
    CATALOG_ONLY
}
