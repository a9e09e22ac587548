package dev.phaseshift.app.dryrun;

import dev.phaseshift.dryrun.report.DataLoad;

/** What to put into the shadows before the plan runs. */
public enum RowsChoice {
    EMPTY("Empty tables"), SAMPLED("Rows sampled from the source"), SYNTHESIZED("Synthesized rows");

    private final String label;

    RowsChoice(String label) {
        this.label = label;
    }

    DataLoad load(int rowsPerTable) {
        return switch (this) {
            case EMPTY -> DataLoad.NONE;
            case SAMPLED -> DataLoad.sample(rowsPerTable);
            case SYNTHESIZED -> DataLoad.synthesize(rowsPerTable);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
