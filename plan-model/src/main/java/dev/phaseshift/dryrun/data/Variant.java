package dev.phaseshift.dryrun.data;

import java.util.List;

/**
 * One way to make up a row. The first makes varied values; when a row breaks a check the later ones are tried
 * in turn, each a shape that simple checks tend to accept ({@code a <= b}, {@code total = x + y},
 * {@code (debit = 0) <> (credit = 0)}, {@code kind <> 'card' OR last4 IS NOT NULL}).
 *
 * @param nulls    nullable columns outside keys get NULL
 * @param defaults columns whose default is a literal get DEFAULT
 * @param numbers  what free numeric columns get
 */
record Variant(boolean nulls, boolean defaults, Numbers numbers) {
    /** Free numeric columns: not in a key, not a foreign key. */
    enum Numbers {
        /** Varied per row and column, 1 to 90. */
        VARIED,
        /** All 1. */
        ONE,
        /** All 0. */
        ZERO,
        /** 0, 1, 2... in column order. */
        ASCENDING,
        /** ..., 2, 1, 0 in column order. */
        DESCENDING,
        /** Row number + 2 + column position: above the row's distinct key values ({@code max > min_in_key}). */
        ABOVE_KEYS
    }

    static final List<Variant> CASCADE = List.of(
            new Variant(false, false, Numbers.VARIED),
            new Variant(false, false, Numbers.ONE),
            new Variant(true, true, Numbers.ONE),
            new Variant(true, true, Numbers.ZERO),
            new Variant(true, true, Numbers.ASCENDING),
            new Variant(true, true, Numbers.DESCENDING),
            new Variant(false, false, Numbers.ASCENDING),
            new Variant(false, true, Numbers.ZERO),
            new Variant(false, false, Numbers.ABOVE_KEYS),
            new Variant(true, true, Numbers.ABOVE_KEYS));
}
