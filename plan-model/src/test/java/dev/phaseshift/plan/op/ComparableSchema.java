package dev.phaseshift.plan.op;

import dev.phaseshift.dryrun.SchemaComparison;
import dev.phaseshift.schema.Snapshot;

/**
 * The part of a snapshot that the model predicts, so that {@code applyTo} can be compared with what
 * introspection reads after the real statements ran. The normalisation lives in main code,
 * {@link SchemaComparison#comparable}, which the dry-run's rollback checks use too.
 */
final class ComparableSchema {
    private ComparableSchema() {
    }

    static Snapshot of(Snapshot s) {
        return SchemaComparison.comparable(s);
    }
}
