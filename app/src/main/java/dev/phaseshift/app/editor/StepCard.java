package dev.phaseshift.app.editor;

import dev.phaseshift.estate.Severity;

import java.util.Objects;

/**
 * A step as its card shows it.
 *
 * @param summary  the operation in short ({@code add_column customers · phone_number})
 * @param lock     the predicted lock badge ({@code ACCESS EXCLUSIVE ~0 s}, {@code INSTANT}, {@code COPY!}), or
 *                 empty before the analysis or for a step that does not apply
 * @param findings lint findings and simulation errors of the step
 * @param worst    the most severe of them, or null
 */
public record StepCard(String stepId, String service, String summary, String lock, int findings, Severity worst) {
    public StepCard {
        Objects.requireNonNull(stepId, "stepId");
        lock = lock == null ? "" : lock;
    }

    /** {@code 2 findings}, or empty. */
    public String findingsText() {
        return findings == 0 ? "" : findings + (findings == 1 ? " finding" : " findings");
    }
}
