package dev.phaseshift.export;

import java.util.List;
import java.util.Objects;

/**
 * One job of an exported pipeline: {@code phaseshift apply --phase --service} for one service of one phase, run in
 * that service's protected environment so its owners approve it.
 *
 * @param service      the service whose steps the job applies
 * @param needs        ids of the jobs that must finish first: every job of the phase before
 * @param environment  the protected environment whose reviewers approve the job
 * @param secrets      the environment variables the service's password reference names
 * @param notes        comment lines for the job (gates, consumer deployments, gh-ost commands, prompted passwords)
 */
public record CiJob(String id, String name, String phaseId, String service, List<String> needs, String environment,
                    String command, List<String> secrets, List<String> notes) {
    public CiJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(service, "service");
        needs = List.copyOf(needs);
        secrets = List.copyOf(secrets);
        notes = List.copyOf(notes);
    }
}
