package dev.phaseshift.app.estate;

/** Something shown in the estate tree and described by the inspector. */
public sealed interface EstateItem permits EstateRootItem, ServiceItem, SchemaItem, TableItem, ViewItem, ColumnItem {

    /** The name shown in the tree. */
    String name();

    /** A path that identifies the item within its estate, e.g. {@code orders/public/orders/id}. */
    String path();
}
