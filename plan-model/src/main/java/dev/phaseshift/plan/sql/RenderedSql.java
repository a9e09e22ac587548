package dev.phaseshift.plan.sql;

import java.util.Objects;

/**
 * One statement an operation renders, and how a runner must execute it.
 *
 * @param mode whether it runs in the step's transaction, on its own outside any transaction
 *             ({@code CREATE INDEX CONCURRENTLY}, {@code VALIDATE CONSTRAINT}, a backfill that commits per
 *             batch), or is a query whose single value must be true (a verification). Consecutive transactional
 *             statements share one transaction, which commits before the next statement of another mode: so
 *             {@code ADD ... NOT VALID} commits (releasing its lock) before {@code VALIDATE} scans the table.
 */
public record RenderedSql(String text, Mode mode) {
    /** How a runner executes a {@link RenderedSql}. */
    public enum Mode {
        TRANSACTIONAL, OUTSIDE_TRANSACTION, MUST_RETURN_TRUE
    }

    public RenderedSql {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mode, "mode");
    }

    public static RenderedSql of(String text) {
        return new RenderedSql(text, Mode.TRANSACTIONAL);
    }

    public static RenderedSql outsideTransaction(String text) {
        return new RenderedSql(text, Mode.OUTSIDE_TRANSACTION);
    }

    public static RenderedSql mustReturnTrue(String text) {
        return new RenderedSql(text, Mode.MUST_RETURN_TRUE);
    }

    @Override
    public String toString() {
        return text + ";" + (mode == Mode.TRANSACTIONAL ? "" : " -- " + mode.name().toLowerCase().replace('_', ' '));
    }
}
