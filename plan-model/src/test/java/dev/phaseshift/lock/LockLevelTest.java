package dev.phaseshift.lock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The PostgreSQL conflict table as the manual prints it, and the names DBAs and pg_locks use. */
class LockLevelTest {
    @Test
    void onlyShareAndStrongerModesBlockWritersAndOnlyAccessExclusiveBlocksReaders() {
        assertThat(LockLevel.values()).filteredOn(LockLevel::blocksWrites).containsExactly(LockLevel.SHARE,
                LockLevel.SHARE_ROW_EXCLUSIVE, LockLevel.EXCLUSIVE, LockLevel.ACCESS_EXCLUSIVE);
        assertThat(LockLevel.values()).filteredOn(LockLevel::blocksReads).containsExactly(LockLevel.ACCESS_EXCLUSIVE);
    }

    @Test
    void theConflictTableIsSymmetric() {
        for (LockLevel a : LockLevel.values()) {
            for (LockLevel b : LockLevel.values()) {
                assertThat(a.conflictsWith(b)).as(a + " vs " + b).isEqualTo(b.conflictsWith(a));
            }
        }
        assertThat(LockLevel.SHARE_UPDATE_EXCLUSIVE.conflictsWith(LockLevel.SHARE_UPDATE_EXCLUSIVE)).isTrue();
        assertThat(LockLevel.SHARE.conflictsWith(LockLevel.SHARE)).isFalse();
        assertThat(LockLevel.ROW_SHARE.conflictsWith(LockLevel.EXCLUSIVE)).isTrue();
    }

    @Test
    void namesMatchTheManualAndPgLocks() {
        assertThat(LockLevel.SHARE_UPDATE_EXCLUSIVE.sqlName()).isEqualTo("SHARE UPDATE EXCLUSIVE");
        assertThat(LockLevel.SHARE_UPDATE_EXCLUSIVE.pgLocksName()).isEqualTo("ShareUpdateExclusiveLock");
        assertThat(LockLevel.fromPgLocks("AccessExclusiveLock")).isEqualTo(LockLevel.ACCESS_EXCLUSIVE);
    }
}
