package dev.phaseshift.lint;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.estate.SourceLocation;

import java.util.Objects;

/**
 * One thing a lint rule found, as plain data.
 *
 * @param ruleId   the rule's kebab-case id ({@code require-concurrent-index})
 * @param code     the rule's stable code ({@code PS101})
 * @param message  what is wrong, lower case, identifiers quoted
 * @param help     what to do instead
 * @param location where the step was written, or null for a plan built in memory
 * @param stepId   the step the finding is about
 * @param service  the service the step changes
 * @param object   the table (or other object) concerned, or null
 */
public record Finding(String ruleId, String code, Severity severity, String message, String help,
                      SourceLocation location, String stepId, String service, String object) {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(service, "service");
    }

    // equals and hashCode written out: a record's generated ones bootstrap method handles on first use, which costs
    // a short lint run (a cold process per file in CI) tens of milliseconds; these are the same comparisons
    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && ruleId.equals(f.ruleId) && code.equals(f.code) && severity == f.severity
                && message.equals(f.message) && Objects.equals(help, f.help) && Objects.equals(location, f.location)
                && stepId.equals(f.stepId) && service.equals(f.service) && Objects.equals(object, f.object);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, code, severity, message, help, location, stepId, service, object);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Finding withSeverity(Severity value) {
        return new Finding(ruleId, code, value, message, help, location, stepId, service, object);
    }

    /** One line: {@code file:line:column: error: step "id" (service): message [PS101 rule-id]; help}. */
    @Override
    public String toString() {
        return (location == null ? "" : location + ": ") + severity.word() + ": step \"" + stepId + "\" (" + service
                + "): " + message + " [" + code + " " + ruleId + "]" + (help == null ? "" : "; " + help);
    }
}
