package dev.phaseshift.app.sqlpreview;

/**
 * What the preview shows: the whole plan (both ids null), one phase, or one step of a phase.
 *
 * @param label as the scope chooser lists it
 */
public record SqlScope(String label, String phaseId, String stepId) {
    public static final SqlScope WHOLE_PLAN = new SqlScope("Whole plan", null, null);

    boolean includes(String phase, String step) {
        return (phaseId == null || phaseId.equals(phase)) && (stepId == null || stepId.equals(step));
    }

    @Override
    public String toString() {
        return label;
    }
}
