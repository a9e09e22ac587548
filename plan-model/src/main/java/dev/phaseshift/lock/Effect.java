package dev.phaseshift.lock;

/** What a statement does to the rows of the table it changes, heaviest last but {@link #UNKNOWN}. */
public enum Effect {
    NONE("no table work"),
    /** The server refuses the statement as written (an ALGORITHM or LOCK it cannot honour): it fails, no change. */
    REFUSED("refused by the server, nothing changes"),
    METADATA("metadata only"),
    ROW_UPDATES("updates rows"),
    BATCHED_UPDATES("updates rows in batches"),
    SCAN("scans the table"),
    INDEX_BUILD("builds an index"),
    REWRITE("rewrites the table"),
    UNKNOWN("not understood");

    private final String description;

    Effect(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Whether the work is proportional to the table's rows, so worth telling with a row count. */
    public boolean touchesRows() {
        return this == ROW_UPDATES || this == BATCHED_UPDATES || this == SCAN || this == INDEX_BUILD
                || this == REWRITE;
    }

    /** {@code scans}, {@code rewrites}, ... followed by a row count in summaries. */
    public String verb() {
        return switch (this) {
            case ROW_UPDATES -> "updates";
            case BATCHED_UPDATES -> "backfills";
            case SCAN -> "scans";
            case INDEX_BUILD -> "indexes";
            case REWRITE -> "rewrites";
            default -> description;
        };
    }
}
