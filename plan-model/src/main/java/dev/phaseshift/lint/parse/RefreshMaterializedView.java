package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * PostgreSQL {@code REFRESH MATERIALIZED VIEW [CONCURRENTLY] name}: runs the view's query again and replaces its
 * rows, under ACCESS EXCLUSIVE on the view (every query of it waits) or, {@code CONCURRENTLY}, under EXCLUSIVE
 * (queries go on; it needs a unique index on the view).
 */
public record RefreshMaterializedView(String view, boolean concurrently) implements WrittenCommand {
    public RefreshMaterializedView {
        Objects.requireNonNull(view, "view");
    }
}
