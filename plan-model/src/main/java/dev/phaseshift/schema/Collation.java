package dev.phaseshift.schema;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A user-defined PostgreSQL collation ({@code CREATE COLLATION}).
 *
 * @param provider      {@code icu} or {@code libc}
 * @param locale        the ICU locale ({@code und-u-ks-level2}), or null for libc
 * @param lcCollate     the libc {@code LC_COLLATE}, or null for ICU
 * @param lcCtype       the libc {@code LC_CTYPE}, or null for ICU
 * @param deterministic false for a collation that treats different strings as equal (case or accent
 *                      insensitive); such a collation cannot back pattern matching
 * @param owner         the owning role, recorded but not rendered
 */
public record Collation(String name, String provider, String locale, String lcCollate, String lcCtype,
                        boolean deterministic, String owner, String comment) {
    public static final String ICU = "icu";
    public static final String LIBC = "libc";

    /** A schema-qualified collation as the server prints it ({@code pg_catalog."C"}, {@code app.german}). */
    private static final Pattern QUALIFIED =
            Pattern.compile("(?:[a-z_][a-z0-9_$]*|\"(?:[^\"]|\"\")+\")\\.(?:[a-z_][a-z0-9_$]*|\"(?:[^\"]|\"\")+\")");

    public Collation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provider, "provider");
    }

    /**
     * How DDL names a PostgreSQL collation recorded on a column, domain or index key: snapshots store it
     * schema-qualified as the server prints it, which is written as it is; a bare name (older snapshots, plans
     * written by hand) is quoted, so {@code C} stays {@code "C"}.
     */
    public static String postgresReference(String recorded) {
        return QUALIFIED.matcher(recorded).matches() ? recorded : "\"" + recorded.replace("\"", "\"\"") + "\"";
    }
}
