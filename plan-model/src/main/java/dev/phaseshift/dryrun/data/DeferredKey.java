package dev.phaseshift.dryrun.data;

import dev.phaseshift.schema.ForeignKey;

/**
 * A foreign key whose parent cannot be filled before its child (a self-reference, or one edge of a cycle); its
 * columns are all nullable, so the child is inserted with them NULL and, when sampling, set afterwards.
 */
record DeferredKey(TableRef child, ForeignKey key, TableRef parent) {
}
