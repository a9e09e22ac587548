/**
 * The lint engine: {@link dev.phaseshift.lint.Linter} simulates a plan and runs every rule of
 * {@link dev.phaseshift.lint.LintRules} over every step, with the typed operation, the SQL it renders and the
 * schema before and after it; rules live one per class in {@code lint.rules} and judge each statement as parsed,
 * once per run ({@link dev.phaseshift.lint.parse.ParsedStatements}), never its text. Output (text, JSON, SARIF) is
 * written here by hand, without Jackson.
 */
package dev.phaseshift.lint;
