package dev.phaseshift.graph.inference;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The naming conventions inference relies on: which entity a column name points at ({@code order_item_id}
 * names {@code order_item}) and under which names a table is known ({@code order_items} as {@code order_items}
 * and {@code order_item}). English plurals are irregular, so a table is known under every singular its last word
 * may have ({@code warehouses}: {@code warehouse}, {@code warehous}); a wrong variant only matches a column
 * nobody writes.
 */
final class EntityNames {
    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Map<String, String> IRREGULAR = Map.of("people", "person", "children", "child",
            "men", "man", "women", "woman", "data", "datum", "indices", "index", "criteria", "criterion",
            "mice", "mouse", "geese", "goose");

    /** A column name split into the entity it names and how. */
    record KeyName(String stem, KeyStyle style) {
    }

    private EntityNames() {
    }

    /** {@code customerId} and {@code CustomerID} become {@code customer_id}. */
    static String snake(String name) {
        return CAMEL.matcher(name).replaceAll("$1_$2").toLowerCase(Locale.ROOT).replace("__", "_");
    }

    /** The entity a column names, e.g. {@code customer_uuid} to ({@code customer}, UUID); empty for others. */
    static Optional<KeyName> keyName(String column) {
        String name = snake(column);
        for (KeyStyle style : KeyStyle.values()) {
            if (name.endsWith(style.suffix()) && name.length() > style.suffix().length() + 1) {
                return Optional.of(new KeyName(name.substring(0, name.length() - style.suffix().length()), style));
            }
        }
        return Optional.empty();
    }

    /** The names a table is known under: itself and the possible singulars of its last word. */
    static Set<String> entityKeys(String table) {
        String name = snake(table);
        int cut = name.lastIndexOf('_') + 1;
        String head = name.substring(0, cut);
        String word = name.substring(cut);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(name);
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            keys.add(head + irregular);
        }
        if (word.length() > 3 && word.endsWith("ies")) {
            keys.add(head + word.substring(0, word.length() - 3) + "y");
        }
        if (word.length() > 3 && word.endsWith("es")) {
            keys.add(head + word.substring(0, word.length() - 2));
        }
        if (word.length() > 2 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            keys.add(head + word.substring(0, word.length() - 1));
        }
        return keys;
    }

    /** Whether a table name reads as a plural (so {@code customers_id} names it in the plural). */
    static boolean plural(String table) {
        return entityKeys(table).size() > 1;
    }
}
