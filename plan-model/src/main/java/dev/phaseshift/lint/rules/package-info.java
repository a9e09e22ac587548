/**
 * The lint rules, one class each, registered in {@link dev.phaseshift.lint.LintRules}; each has a docs page
 * {@code docs/lint/<id>.md} and ok/bad fixtures under {@code src/test/resources/lint/<id>/}.
 */
package dev.phaseshift.lint.rules;
