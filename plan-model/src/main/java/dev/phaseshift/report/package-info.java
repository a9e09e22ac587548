/**
 * Reading report files other commands wrote, for documents that quote them: the dry-run report JSON
 * ({@code phaseshift/dry-run-report@1}) read back into the verdicts a review shows.
 */
package dev.phaseshift.report;
