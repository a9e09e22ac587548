package dev.phaseshift.app.plan;

import java.util.List;
import java.util.Objects;

/**
 * One consumer version's row of the compatibility matrix: a mark per state, in plan order.
 *
 * @param assumedFrom for a release the plan deploys that the estate does not declare, the version it is assumed
 *                    to follow ({@code shipping v3}); null for a declared one
 */
public record MatrixRow(String version, List<MatrixMark> marks, String assumedFrom) {
    public MatrixRow {
        Objects.requireNonNull(version, "version");
        marks = List.copyOf(marks);
    }

    /** What the row's header says about an assumed release, or null. */
    public String assumption() {
        return assumedFrom == null ? null : version + " is not declared in the estate: assumed to use what "
                + assumedFrom + " uses, under the plan's renames and moves";
    }
}
