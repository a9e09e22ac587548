package dev.phaseshift.dryrun.report;

import java.util.Objects;

/**
 * A backfill's throughput measured on the shadow, extrapolated to the production row estimate.
 *
 * @param rowsMeasured     rows the backfill updated on the shadow
 * @param millisMeasured   how long that took
 * @param productionRows   the snapshot's row estimate of the table, or null when unknown
 * @param estimatedMillis  productionRows at the measured rate (batches and pauses included), or null
 */
public record BackfillEstimate(String table, long rowsMeasured, long millisMeasured, Long productionRows,
                               Long estimatedMillis) {
    public BackfillEstimate {
        Objects.requireNonNull(table, "table");
    }
}
