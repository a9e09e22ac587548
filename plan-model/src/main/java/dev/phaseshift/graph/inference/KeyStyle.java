package dev.phaseshift.graph.inference;

/** How a column name says it holds another entity's key. */
enum KeyStyle {
    /** {@code customer_id}, {@code customerId}: the entity's primary key. */
    ID("_id", 0.80),
    /** {@code customer_uuid}: a uuid key of the entity, often a public id next to an integer primary key. */
    UUID("_uuid", 0.75),
    /** {@code customer_ref}: a weaker convention, also used for free-form references. */
    REF("_ref", 0.60);

    private final String suffix;
    private final double base;

    KeyStyle(String suffix, double base) {
        this.suffix = suffix;
        this.base = base;
    }

    String suffix() {
        return suffix;
    }

    /** The confidence the name alone earns. */
    double base() {
        return base;
    }
}
