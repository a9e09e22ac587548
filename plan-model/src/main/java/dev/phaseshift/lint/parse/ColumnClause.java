package dev.phaseshift.lint.parse;

/**
 * What a column definition of {@code ALTER TABLE ... ADD [COLUMN]} says beyond its type, nullability and default
 * (which its {@link dev.phaseshift.plan.op.ColumnSpec} holds), where it decides a rewrite, a scan or an index build.
 */
public enum ColumnClause {
    /** {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY}. */
    IDENTITY,
    /** {@code GENERATED ALWAYS AS (...)}: a generated column (MySQL also accepts {@code AS (...)} alone). */
    GENERATED_ALWAYS,
    /** {@code AS (expression)}, with or without {@code GENERATED ALWAYS}. */
    EXPRESSION,
    /** {@code STORED} (MariaDB: {@code PERSISTENT}): the generated value is written into every row. */
    STORED,
    /** {@code VIRTUAL}: the generated value is computed when read. */
    VIRTUAL,
    /** MySQL {@code AUTO_INCREMENT}. */
    AUTO_INCREMENT,
    /** An inline foreign key, {@code REFERENCES parent}: a column constraint has no {@code NOT VALID} form. */
    REFERENCES,
    /** An inline {@code CHECK (...)}: PostgreSQL checks every existing row while the ADD COLUMN holds its lock. */
    CHECK,
    /** An inline {@code UNIQUE}. */
    UNIQUE,
    /** An inline {@code PRIMARY KEY}. */
    PRIMARY_KEY,
    /** MySQL {@code FIRST} or {@code AFTER column}: the column is not added at the end. */
    POSITIONED
}
