package dev.phaseshift.lint;

import dev.phaseshift.estate.Problem;

import java.util.List;

/**
 * What linting a plan gave: the simulation's problems (a plan with errors is only linted up to them) and the
 * findings, in plan order, rules in registry order within a step.
 *
 * @param suppressed findings an inline {@code phaseshift:allow rule-id reason} silenced, kept for reports
 */
public record LintResult(List<Problem> problems, List<Finding> findings, List<Finding> suppressed) {
    public LintResult {
        problems = List.copyOf(problems);
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public boolean planInvalid() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
