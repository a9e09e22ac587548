package dev.phaseshift.schema;

import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL text search configuration ({@code CREATE TEXT SEARCH CONFIGURATION}).
 *
 * @param parser   the parser, schema-qualified SQL ({@code pg_catalog."default"})
 * @param mappings the token type mappings; token types without a mapping are ignored by the configuration
 * @param owner    the owning role, recorded but not rendered
 */
public record TextSearchConfiguration(String name, String parser, List<TextSearchMapping> mappings, String owner,
                                      String comment) {
    public TextSearchConfiguration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parser, "parser");
        mappings = ModelLists.copy(mappings);
    }

    /** A copy with the mappings in token type order. */
    public TextSearchConfiguration canonical() {
        return new TextSearchConfiguration(name, parser, ModelLists.byName(mappings, TextSearchMapping::tokenType),
                owner, comment);
    }
}
