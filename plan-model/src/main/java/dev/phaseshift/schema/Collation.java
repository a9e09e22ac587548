package dev.phaseshift.schema;

import java.util.Objects;

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

    public Collation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provider, "provider");
    }
}
