package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * PostgreSQL 10+ {@code ALTER TYPE name RENAME VALUE 'old' TO 'new'}: a catalog change, but every statement that
 * still writes or compares the old label fails or finds nothing from that moment.
 *
 * @param type the enum type as written
 * @param from the old label, without quotes
 * @param to   the new label, without quotes
 */
public record RenameEnumValue(String type, String from, String to) implements WrittenCommand {
    public RenameEnumValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
