package dev.phaseshift.schema;

import java.util.List;
import java.util.Objects;

/**
 * Which dictionaries a text search configuration consults, in order, for one token type of its parser.
 *
 * @param tokenType    the parser's token type alias ({@code asciiword}, {@code hword_part})
 * @param dictionaries the dictionaries, schema-qualified SQL ({@code pg_catalog.english_stem}), in order
 */
public record TextSearchMapping(String tokenType, List<String> dictionaries) {
    public TextSearchMapping {
        Objects.requireNonNull(tokenType, "tokenType");
        dictionaries = ModelLists.copy(dictionaries);
    }
}
