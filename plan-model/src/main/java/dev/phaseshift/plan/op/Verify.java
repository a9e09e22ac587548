package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;

import java.util.List;

/** {@code verify}: a query whose single value must be true ({@code SELECT count(*) = 0 FROM t WHERE x IS NULL}). */
public record Verify(String query) implements Operation {
    @Override
    public List<Problem> validate(Snapshot schema) {
        if (query == null || query.isBlank()) {
            return List.of(Issues.missing("query", operationName()));
        }
        return List.of();
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return schema;
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        return List.of();
    }

    @Override
    public boolean changesSchema() {
        return false;
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        return List.of(RenderedSql.mustReturnTrue(query));
    }
}
