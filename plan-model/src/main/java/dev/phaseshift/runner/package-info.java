/**
 * {@code phaseshift apply}, {@code status} and {@code rollback} against real databases: a journal table on each
 * target recording every step attempt with its checksum, one runner at a time per target and plan (a session-level
 * advisory lock on its own connection), lock timeouts with retries, batched keyset backfills that commit their
 * high-water mark with each batch, gates, resume and refusal. {@link dev.phaseshift.runner.StatementBatch} is the
 * one way statements run, here and in the dry-run.
 */
package dev.phaseshift.runner;
