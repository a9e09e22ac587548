package dev.phaseshift.lock;

/**
 * The throughput the duration estimates assume, in one place: conservative figures for a production server that
 * keeps serving traffic meanwhile, not benchmarks. An estimate says which step takes seconds and which takes
 * hours; it is not a promise.
 */
public final class Throughput {
    /** Sequential scan (validating a constraint, {@code SET NOT NULL}): bytes of table read per second. */
    public static final double SCAN_BYTES_PER_SECOND = 200e6;
    /** Rewriting a table with its indexes (PostgreSQL rewrite, MySQL COPY or INPLACE rebuild): bytes per second. */
    public static final double REWRITE_BYTES_PER_SECOND = 40e6;
    /** Building one index (sort and write): rows per second. */
    public static final double INDEX_ROWS_PER_SECOND = 500_000;
    /** A single {@code UPDATE}/{@code DELETE}: rows per second. */
    public static final double UPDATE_ROWS_PER_SECOND = 50_000;
    /** A batched backfill, pauses between batches included: rows per second. */
    public static final double BATCHED_ROWS_PER_SECOND = 20_000;
    /** Bytes per row assumed when a snapshot knows the row count but not the size. */
    public static final long BYTES_PER_ROW = 100;

    private Throughput() {
    }

    /** Seconds {@code effect} takes on a table of {@code rows} rows and {@code bytes} bytes; NaN when unknown. */
    public static double seconds(Effect effect, Long rows, Long bytes) {
        if (!effect.touchesRows()) {
            return 0;
        }
        if (rows == null) {
            return Double.NaN;
        }
        long size = bytes != null ? bytes : rows * BYTES_PER_ROW;
        return switch (effect) {
            case SCAN -> size / SCAN_BYTES_PER_SECOND;
            case REWRITE -> size / REWRITE_BYTES_PER_SECOND;
            case INDEX_BUILD -> rows / INDEX_ROWS_PER_SECOND;
            case ROW_UPDATES -> rows / UPDATE_ROWS_PER_SECOND;
            case BATCHED_UPDATES -> rows / BATCHED_ROWS_PER_SECOND;
            default -> 0;
        };
    }

    /** {@code ~0 s}, {@code ~28 s}, {@code ~4 min}, {@code ~2.5 h}, {@code ~? s} when unknown. */
    public static String duration(double seconds) {
        if (Double.isNaN(seconds)) {
            return "~? s";
        }
        if (seconds < 90) {
            return "~" + Math.round(seconds) + " s";
        }
        if (seconds < 90 * 60) {
            return "~" + Math.round(seconds / 60) + " min";
        }
        return "~" + oneDecimal(seconds / 3600) + " h";
    }

    /** {@code 12 M}, {@code 3.1 M}, {@code 20 k}, {@code 500}, {@code an unknown number of}. */
    public static String rows(Long rows) {
        if (rows == null) {
            return "an unknown number of";
        }
        if (rows >= 1_000_000) {
            return oneDecimal(rows / 1e6) + " M";
        }
        if (rows >= 1_000) {
            return oneDecimal(rows / 1e3) + " k";
        }
        return Long.toString(rows);
    }

    private static String oneDecimal(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
