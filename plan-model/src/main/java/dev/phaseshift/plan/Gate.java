package dev.phaseshift.plan;

/** What must hold before a phase starts: a person's approval, a query, or a consumer's deployment. */
public sealed interface Gate permits ManualApproval, VerificationGate, DeploymentWait {
}
