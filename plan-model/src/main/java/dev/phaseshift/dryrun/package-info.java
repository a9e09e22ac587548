/**
 * Shadow dry-runs: throw-away copies of service databases on a scratch server, named so that a copy left behind
 * by a killed process can be recognised and cleaned up. Source databases are never written to.
 */
package dev.phaseshift.dryrun;
