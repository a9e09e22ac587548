package dev.phaseshift.plan.compat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every consumer version of the estate against every state of a plan's schema: {@code before}, then after each
 * phase. Cells are ordered by consumer version (estate order), then by state.
 *
 * @param states   {@code before} and the phase ids, in plan order
 * @param versions the consumer versions, {@code billing v1}, in estate order, then the releases the plan deploys
 *                 that the estate does not declare
 * @param assumed  of those undeclared releases, the version each is assumed to follow ({@code shipping v4} to
 *                 {@code shipping v3}); see {@link AssumedContracts}
 */
public record CompatibilityMatrix(List<String> states, List<String> versions, List<MatrixCell> cells,
                                  Map<String, String> assumed) {
    public static final String BEFORE = "before";

    public CompatibilityMatrix {
        states = List.copyOf(states);
        versions = List.copyOf(versions);
        cells = List.copyOf(cells);
        assumed = Collections.unmodifiableMap(new LinkedHashMap<>(assumed));
        if (cells.size() != states.size() * versions.size()) {
            throw new IllegalArgumentException("a matrix of " + versions.size() + " versions and " + states.size()
                    + " states has " + states.size() * versions.size() + " cells, not " + cells.size());
        }
    }

    public CompatibilityMatrix(List<String> states, List<String> versions, List<MatrixCell> cells) {
        this(states, versions, cells, Map.of());
    }

    /** The cell of {@code version} ({@code billing v1}) at {@code state}. */
    public Optional<MatrixCell> cell(String version, String state) {
        int row = versions.indexOf(version);
        int column = states.indexOf(state);
        return row < 0 || column < 0 ? Optional.empty() : Optional.of(cells.get(row * states.size() + column));
    }

    /** The cells of one consumer version, in state order. */
    public List<MatrixCell> row(String version) {
        int row = versions.indexOf(version);
        return row < 0 ? List.of() : cells.subList(row * states.size(), (row + 1) * states.size());
    }

    /** Live cells whose version cannot use the schema: the plan's consumer breaks. */
    public List<MatrixCell> broken() {
        return cells.stream().filter(MatrixCell::broken).toList();
    }

    /** Whether every live version is compatible at every state. */
    public boolean green() {
        return broken().isEmpty();
    }
}
