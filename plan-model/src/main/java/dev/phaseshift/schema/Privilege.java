package dev.phaseshift.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * One way an object's privileges differ from what the server gives a new object of its kind: a grant beyond the
 * default, or a default privilege taken away ({@code REVOKE EXECUTE ... FROM PUBLIC} on a function,
 * {@code REVOKE ... ON SCHEMA public FROM PUBLIC}). Default privileges are not listed, so an object nobody
 * granted anything on has none. Who granted is not kept: recreating the grant makes the script's role the
 * grantor, which is what {@code pg_dump} does too unless the grantor differs from the owner.
 *
 * @param target    the kind of object ({@code SCHEMA} is a MySQL database)
 * @param object    the object inside the schema (a function or procedure as {@link Routine#signature()}), or
 *                  null for the schema itself
 * @param column    for a column privilege, the column; otherwise null
 * @param grantee   a PostgreSQL role name or {@link #PUBLIC}; a MySQL account as the server prints it
 *                  ({@code 'reader'@'%'}, quotes included, ready for {@code GRANT ... TO})
 * @param privilege the privilege as the server spells it ({@code SELECT}, {@code USAGE}, {@code EXECUTE})
 * @param grantable with {@code revoked} false: granted {@code WITH GRANT OPTION}; with {@code revoked} true: only
 *                  the grant option of a default privilege was taken away, the privilege itself remains
 * @param revoked   true when this is a default privilege the object lacks (PostgreSQL only: MySQL objects
 *                  have no default privileges)
 */
public record Privilege(PrivilegeTarget target, String object, String column, String grantee, String privilege,
                        boolean grantable, boolean revoked) {
    /** The grantee that stands for every role. */
    public static final String PUBLIC = "PUBLIC";

    static final Comparator<Privilege> ORDER = Comparator.comparing(Privilege::target)
            .thenComparing(Privilege::object, ModelLists.NAME_ORDER)
            .thenComparing(Privilege::column, ModelLists.NAME_ORDER)
            .thenComparing(Privilege::grantee, ModelLists.NAME_ORDER)
            .thenComparing(Privilege::privilege, ModelLists.NAME_ORDER)
            .thenComparing(Privilege::revoked)
            .thenComparing(Privilege::grantable);

    public Privilege {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(grantee, "grantee");
        Objects.requireNonNull(privilege, "privilege");
        if (target == PrivilegeTarget.SCHEMA && object != null) {
            throw new IllegalArgumentException("a schema privilege names no object, not \"" + object + "\"");
        }
        if (target != PrivilegeTarget.SCHEMA && object == null) {
            throw new IllegalArgumentException("a " + target.name().toLowerCase(java.util.Locale.ROOT)
                    + " privilege must name its object");
        }
    }

    /** A plain grant, without grant option. */
    public static Privilege granted(PrivilegeTarget target, String object, String grantee, String privilege) {
        return new Privilege(target, object, null, grantee, privilege, false, false);
    }
}
