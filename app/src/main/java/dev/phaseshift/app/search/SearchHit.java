package dev.phaseshift.app.search;

import java.util.Objects;

/**
 * One thing search everywhere can find.
 *
 * @param label    what the list shows and the query matches: {@code orders.public.orders.total}, {@code billing v1}
 * @param detail   a short description: {@code column · numeric(12,2)}
 * @param treePath the estate tree item it selects ({@code orders/public/orders/total}; a consumer version selects
 *                 its service)
 * @param name     the last part of the label, which ranks exact and prefix matches first
 */
public record SearchHit(SearchHitKind kind, String label, String detail, String treePath, String name) {
    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(treePath, "treePath");
        Objects.requireNonNull(name, "name");
    }
}
