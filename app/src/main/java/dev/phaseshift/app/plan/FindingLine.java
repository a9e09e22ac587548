package dev.phaseshift.app.plan;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;

import java.util.Objects;

/**
 * A lint finding as the findings table shows it.
 *
 * @param where {@code file:line:column} of the step, or empty for a plan without a file
 * @param help  what to do instead, or empty
 */
public record FindingLine(Severity severity, String code, String rule, String stepId, String service,
                          String message, String help, String where) {
    public FindingLine {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(message, "message");
        help = help == null ? "" : help;
        where = where == null ? "" : where;
    }

    static FindingLine of(Finding finding) {
        return new FindingLine(finding.severity(), finding.code(), finding.ruleId(), finding.stepId(),
                finding.service(), finding.message(), finding.help(),
                finding.location() == null ? "" : finding.location().toString());
    }

    /** The whole finding on one line, as the linter prints it, for tooltips and copying. */
    public String text() {
        return (where.isEmpty() ? "" : where + ": ") + severity.word() + ": step \"" + stepId + "\" (" + service
                + "): " + message + " [" + code + " " + rule + "]" + (help.isEmpty() ? "" : "; " + help);
    }
}
