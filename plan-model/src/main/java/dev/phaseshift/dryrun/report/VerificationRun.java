package dev.phaseshift.dryrun.report;

import java.util.Objects;

/** A verification query run on a shadow: it passes when its single value is true. */
public record VerificationRun(String service, String query, boolean passed, String error) {
    public VerificationRun {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(query, "query");
    }
}
