package dev.phaseshift.runner;

import dev.phaseshift.connect.SecretReference;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.plan.Plan;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code apply}, {@code rollback} and {@code status} run on.
 *
 * @param planText         the plan file's text, for the plan checksum journalled with each row
 * @param planFile         the plan file as the user named it, for the rollback command a failure prints
 * @param estateFile       the estate file as the user named it, likewise
 * @param phase            the phase to apply or roll back; null for {@code status}
 * @param resume           continue a phase that was started before, after its last done step
 * @param yes              approve manual gates (apply) or confirm (rollback) without asking
 * @param deployed         consumer versions the pipeline says are deployed ({@code --deployed shipping=v4})
 * @param maxRowsPerSecond a cap on each backfill's rate, or null
 * @param prompt           asks for {@code ${prompt}} passwords, or null when there is no terminal
 * @param approver         asks a person at a manual gate
 * @param services         the services whose steps to run ({@code --service}); empty for every service the phase
 *                         touches
 */
public record RunRequest(Plan plan, String planText, String planFile, Estate estate, String estateFile, String phase,
                         boolean resume, boolean yes, Duration lockTimeout, Duration statementTimeout, int maxTries,
                         LockRetry.Backoff backoff, int parallel, Map<String, String> deployed,
                         Integer maxRowsPerSecond, SecretReference.Prompt prompt, Approver approver,
                         RunnerIdentity identity, List<String> services) {
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMillis(500);
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofHours(1);
    public static final int DEFAULT_MAX_TRIES = 10;

    public RunRequest {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(estate, "estate");
        lockTimeout = lockTimeout == null ? DEFAULT_LOCK_TIMEOUT : lockTimeout;
        statementTimeout = statementTimeout == null ? DEFAULT_STATEMENT_TIMEOUT : statementTimeout;
        maxTries = maxTries < 1 ? DEFAULT_MAX_TRIES : maxTries;
        backoff = backoff == null ? LockRetry.Backoff.DEFAULT : backoff;
        parallel = Math.max(1, parallel);
        deployed = deployed == null ? Map.of() : Map.copyOf(deployed);
        approver = approver == null ? Approver.NOBODY : approver;
        identity = identity == null ? RunnerIdentity.current("unknown") : identity;
        services = services == null ? List.of() : List.copyOf(new LinkedHashSet<>(services));
    }

    /** A request for {@code status}, or a starting point for the others. */
    public static RunRequest of(Plan plan, String planText, String planFile, Estate estate, String estateFile) {
        return new RunRequest(plan, planText, planFile, estate, estateFile, null, false, false, null, null, 0, null, 1,
                null, null, null, null, null, null);
    }

    public RunRequest withPhase(String value, boolean resumeIt, boolean approve) {
        return new RunRequest(plan, planText, planFile, estate, estateFile, value, resumeIt, approve, lockTimeout,
                statementTimeout, maxTries, backoff, parallel, deployed, maxRowsPerSecond, prompt, approver, identity,
                services);
    }

    public RunRequest withLimits(Duration lock, Duration statement, int tries, LockRetry.Backoff pauses,
                                 int parallelServices, Integer rowsPerSecond) {
        return new RunRequest(plan, planText, planFile, estate, estateFile, phase, resume, yes, lock, statement, tries,
                pauses, parallelServices, deployed, rowsPerSecond, prompt, approver, identity,
                services);
    }

    /** Only these services' steps of the phase; an empty list means every service the phase touches. */
    public RunRequest withServices(List<String> value) {
        return new RunRequest(plan, planText, planFile, estate, estateFile, phase, resume, yes, lockTimeout,
                statementTimeout, maxTries, backoff, parallel, deployed, maxRowsPerSecond, prompt, approver, identity,
                value);
    }

    public RunRequest withDeployed(Map<String, String> value) {
        return new RunRequest(plan, planText, planFile, estate, estateFile, phase, resume, yes, lockTimeout,
                statementTimeout, maxTries, backoff, parallel, value, maxRowsPerSecond, prompt, approver, identity,
                services);
    }

    public RunRequest withPeople(SecretReference.Prompt passwordPrompt, Approver gateApprover,
                                 RunnerIdentity who) {
        return new RunRequest(plan, planText, planFile, estate, estateFile, phase, resume, yes, lockTimeout,
                statementTimeout, maxTries, backoff, parallel, deployed, maxRowsPerSecond, passwordPrompt,
                gateApprover, who, services);
    }
}
