/**
 * Reading written SQL ({@code sql} steps, plain {@code .sql} files) as the typed operations of {@code plan.op}, so
 * lint rules judge a hand-written {@code ALTER TABLE} like the operation it means.
 * {@link dev.phaseshift.lint.parse.SqlStatementParser} recognises the DDL forms that matter by hand, because
 * general SQL parsers reject common PostgreSQL and MySQL DDL ({@code NOT VALID}, {@code DROP INDEX CONCURRENTLY});
 * {@link dev.phaseshift.lint.parse.ParsedStatements} keeps each statement's reading for a run, so that rules and the
 * lock model never parse one twice; {@link dev.phaseshift.lint.parse.SqlFileLint} lints a whole file against the
 * tables it assumes exist.
 */
package dev.phaseshift.lint.parse;
