package dev.phaseshift.lock;

import dev.phaseshift.plan.sql.RenderedSql;

import java.util.List;
import java.util.Objects;

/**
 * What one statement locks and does.
 *
 * @param locks       the table locks it takes, strongest per table
 * @param effect      the heaviest thing it does to rows
 * @param effectTable the table whose rows {@code effect} concerns, or null
 * @param rows        rows concerned (the initial snapshot's estimate; 0 for tables the plan creates), null when
 *                    unknown
 * @param seconds     estimated duration ({@link Throughput}); NaN when unknown
 * @param algorithm   MySQL/MariaDB {@code ALTER TABLE} algorithm, or null
 * @param note        why, when the reason is worth telling (unknown statements say what was not understood)
 */
public record StatementLocks(RenderedSql statement, List<TableLock> locks, Effect effect, String effectTable,
                             Long rows, double seconds, MysqlAlgorithm algorithm, String note) {
    public StatementLocks {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(effect, "effect");
        locks = List.copyOf(locks);
    }

    public static StatementLocks none(RenderedSql statement) {
        return new StatementLocks(statement, List.of(), Effect.NONE, null, null, 0, null, null);
    }

    /** A change to the catalog that locks no table, with what it does instead ({@code note}). */
    public static StatementLocks catalogOnly(RenderedSql statement, String note) {
        return new StatementLocks(statement, List.of(), Effect.METADATA, null, null, 0, null, note);
    }

    /** A statement the server refuses as written, with why ({@code note}): it fails and locks nothing for long. */
    public static StatementLocks refused(RenderedSql statement, String why) {
        return new StatementLocks(statement, List.of(), Effect.REFUSED, null, null, 0, null, why);
    }

    public static StatementLocks unknown(RenderedSql statement, String why) {
        return new StatementLocks(statement, List.of(), Effect.UNKNOWN, null, null, Double.NaN, null, why);
    }

    public boolean understood() {
        return effect != Effect.UNKNOWN;
    }

    public boolean blocksWrites() {
        return locks.stream().anyMatch(TableLock::blocksWrites);
    }

    /** The lock held on the table whose rows are worked on, or null. */
    public TableLock effectLock() {
        return locks.stream().filter(l -> l.table().equals(effectTable)).findFirst().orElse(null);
    }

    /** {@code ACCESS EXCLUSIVE on public.orders, metadata only, ~0 s}. */
    public String summary() {
        if (!understood()) {
            return "not understood (" + note + "): " + statement.text();
        }
        StringBuilder out = new StringBuilder();
        out.append(locks.isEmpty() ? "no table lock" : String.join(", ",
                locks.stream().map(l -> l.mode() + " on " + l.table()).toList()));
        out.append(", ").append(effect.touchesRows() ? effect.verb() + " " + Throughput.rows(rows) + " rows"
                : effect.description());
        return out.append(", ").append(Throughput.duration(seconds)).toString();
    }
}
