package dev.phaseshift.app.inspector;

/**
 * One object a change reaches.
 *
 * @param service     the service it lives in
 * @param object      how it is named: {@code billing v1}, {@code orders.public.order_summaries}
 * @param kind        what it is: table, view, column, consumer, trigger...
 * @param explanation the dependency path as sentences
 * @param certain     false when the path runs through an inferred reference nobody has accepted yet
 * @param distance    how many dependencies away from the change it is
 */
public record ImpactLine(String service, String object, String kind, String explanation, boolean certain,
                         int distance) {
}
