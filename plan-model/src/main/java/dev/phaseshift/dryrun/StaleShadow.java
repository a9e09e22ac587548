package dev.phaseshift.dryrun;

import java.time.Instant;

/**
 * A shadow database found on a scratch server that no running dry-run owns.
 *
 * @param sessions connections open on it when it was found; a shadow with sessions may still be in use
 */
public record StaleShadow(ShadowName name, Instant createdAt, int sessions) {
}
