package dev.phaseshift.schema;

import java.util.Objects;

/**
 * A PostgreSQL text search dictionary ({@code CREATE TEXT SEARCH DICTIONARY}).
 *
 * @param template the template, schema-qualified SQL ({@code pg_catalog.simple}, {@code public.unaccent})
 * @param options  the template options as the server stores them ({@code rules = 'unaccent'}), or null
 * @param owner    the owning role, recorded but not rendered
 */
public record TextSearchDictionary(String name, String template, String options, String owner, String comment) {
    public TextSearchDictionary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(template, "template");
    }
}
