package dev.phaseshift.dryrun.report;

import java.util.Objects;

/** The rows put into a shadow before the plan runs: none, up to N copied per table, or N generated per table. */
public record DataLoad(Mode mode, int rowsPerTable) {
    public static final DataLoad NONE = new DataLoad(Mode.NONE, 0);

    /** Where the rows come from. */
    public enum Mode {
        NONE, SAMPLE, SYNTHESIZE
    }

    public DataLoad {
        Objects.requireNonNull(mode, "mode");
        if (rowsPerTable < 0 || (mode != Mode.NONE && rowsPerTable == 0)) {
            throw new IllegalArgumentException("rows per table must be positive for " + mode + ": " + rowsPerTable);
        }
    }

    public static DataLoad sample(int rowsPerTable) {
        return new DataLoad(Mode.SAMPLE, rowsPerTable);
    }

    public static DataLoad synthesize(int rowsPerTable) {
        return new DataLoad(Mode.SYNTHESIZE, rowsPerTable);
    }

    @Override
    public String toString() {
        return switch (mode) {
            case NONE -> "schema only";
            case SAMPLE -> "up to " + rowsPerTable + " sampled rows per table";
            case SYNTHESIZE -> rowsPerTable + " generated rows per table";
        };
    }
}
