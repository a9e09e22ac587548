package dev.phaseshift.introspect;

/** Hears which catalog concern an introspection reads next: progress for the UI and the command line. */
@FunctionalInterface
public interface IntrospectionListener {
    IntrospectionListener NONE = step -> { };

    /**
     * Called on the introspecting thread before each catalog query, e.g. {@code "columns"}.
     * It may block; the read-only transaction stays open meanwhile.
     */
    void reading(String step);
}
