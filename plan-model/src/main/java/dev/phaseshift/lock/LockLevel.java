package dev.phaseshift.lock;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The eight PostgreSQL table lock modes, weakest first, with the conflict table of the "Table-level Locks"
 * section of the PostgreSQL manual (the same in every supported release).
 */
public enum LockLevel {
    ACCESS_SHARE, ROW_SHARE, ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE,
    ACCESS_EXCLUSIVE;

    /** Whether a transaction holding this mode makes a request for {@code other} wait (the relation is symmetric). */
    public boolean conflictsWith(LockLevel other) {
        return conflicts().contains(other);
    }

    public Set<LockLevel> conflicts() {
        return switch (this) {
            case ACCESS_SHARE -> EnumSet.of(ACCESS_EXCLUSIVE);
            case ROW_SHARE -> EnumSet.of(EXCLUSIVE, ACCESS_EXCLUSIVE);
            case ROW_EXCLUSIVE -> EnumSet.of(SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE, ACCESS_EXCLUSIVE);
            case SHARE_UPDATE_EXCLUSIVE -> EnumSet.of(SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE,
                    ACCESS_EXCLUSIVE);
            case SHARE -> EnumSet.of(ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE,
                    ACCESS_EXCLUSIVE);
            case SHARE_ROW_EXCLUSIVE -> EnumSet.of(ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE,
                    EXCLUSIVE, ACCESS_EXCLUSIVE);
            case EXCLUSIVE -> EnumSet.of(ROW_SHARE, ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE,
                    EXCLUSIVE, ACCESS_EXCLUSIVE);
            case ACCESS_EXCLUSIVE -> EnumSet.allOf(LockLevel.class);
        };
    }

    /** Whether writers ({@code INSERT}/{@code UPDATE}/{@code DELETE} take ROW EXCLUSIVE) wait for it. */
    public boolean blocksWrites() {
        return conflictsWith(ROW_EXCLUSIVE);
    }

    /** Whether plain {@code SELECT}s (ACCESS SHARE) wait for it. */
    public boolean blocksReads() {
        return conflictsWith(ACCESS_SHARE);
    }

    /** {@code SHARE UPDATE EXCLUSIVE}, as in {@code LOCK TABLE} and the manual. */
    public String sqlName() {
        return name().replace('_', ' ');
    }

    /** {@code ShareUpdateExclusiveLock}, as {@code pg_locks.mode} shows it. */
    public String pgLocksName() {
        StringBuilder out = new StringBuilder();
        for (String word : name().split("_")) {
            out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.append("Lock").toString();
    }

    /** The mode of a {@code pg_locks.mode} value. */
    public static LockLevel fromPgLocks(String mode) {
        for (LockLevel level : values()) {
            if (level.pgLocksName().equals(mode)) {
                return level;
            }
        }
        throw new IllegalArgumentException("not a table lock mode: \"" + mode + "\"");
    }
}
