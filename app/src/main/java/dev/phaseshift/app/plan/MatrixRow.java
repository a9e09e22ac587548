package dev.phaseshift.app.plan;

import java.util.List;
import java.util.Objects;

/** One consumer version's row of the compatibility matrix: a mark per state, in plan order. */
public record MatrixRow(String version, List<MatrixMark> marks) {
    public MatrixRow {
        Objects.requireNonNull(version, "version");
        marks = List.copyOf(marks);
    }
}
