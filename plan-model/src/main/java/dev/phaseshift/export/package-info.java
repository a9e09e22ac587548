/**
 * {@code phaseshift export}: a validated plan written as files other tools run or people read — Flyway
 * migrations, Liquibase changelogs, GitHub Actions and GitLab CI pipelines that call {@code phaseshift apply}, and
 * a Markdown or HTML review document. Every writer is a pure function from an {@link dev.phaseshift.export.ExportInput}
 * to {@link dev.phaseshift.export.ExportedFile}s; only {@link dev.phaseshift.export.ExportWriter} touches the disk.
 */
package dev.phaseshift.export;
