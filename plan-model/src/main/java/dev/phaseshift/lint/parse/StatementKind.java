package dev.phaseshift.lint.parse;

/** What the parser made of one statement. */
public enum StatementKind {
    /** Schema changes, given as typed operations (possibly none, for actions the model does not hold). */
    SCHEMA_CHANGE,
    /** Understood, with nothing to model: data changes, queries, settings, comments, transaction control. */
    DATA,
    /** Not understood: no rule can judge its locks or rewrites. */
    UNKNOWN,
    /**
     * Understood, no plan operation, but it destroys data or locks whole tables ({@code TRUNCATE}, {@code REINDEX},
     * {@code LOCK TABLE}): given as {@link ParsedStatement#commands()}.
     */
    COMMAND
}
