package dev.phaseshift.schema;

import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL extension. Extensions are database-wide, so they live on the {@link Snapshot} rather than on a
 * schema: the schema an extension is installed in may well be one that was not read. The objects an extension
 * owns are not recorded one by one; recreating the extension recreates them.
 *
 * @param schema  the schema its objects are installed in ({@code public}, {@code extensions})
 * @param version  the installed version ({@code 1.6})
 * @param requires the extensions it needs installed first ({@code earthdistance} needs {@code cube})
 */
public record Extension(String name, String version, String schema, List<String> requires, String comment) {
    public Extension {
        Objects.requireNonNull(name, "name");
        requires = ModelLists.copy(requires);
    }
}
