package dev.phaseshift.export;

import java.util.List;
import java.util.Objects;

/**
 * One job of an exported pipeline. A phase gets an approval job per service it changes, run in that service's
 * protected environment so its owners approve, and one apply job that needs them all and runs
 * {@code phaseshift apply --phase} for the whole phase (apply takes a phase, not a service).
 *
 * @param service      the service whose owners approve, or null for an apply job
 * @param needs        ids of the jobs that must finish first
 * @param environment  the protected environment whose reviewers approve the job, or null
 * @param secrets      the environment variables the estate's password references name, for the apply job
 * @param notes        comment lines for the job (table copies with their gh-ost command, prompted passwords)
 */
public record CiJob(String id, String name, String phaseId, String service, List<String> needs, String environment,
                    String command, List<String> secrets, List<String> notes) {
    public CiJob {
        Objects.requireNonNull(id, "id");
        needs = List.copyOf(needs);
        secrets = List.copyOf(secrets);
        notes = List.copyOf(notes);
    }

    public boolean applies() {
        return command != null;
    }
}
