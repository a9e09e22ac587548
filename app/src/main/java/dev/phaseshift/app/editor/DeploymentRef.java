package dev.phaseshift.app.editor;

import java.util.Objects;

/** A consumer deployment of the edited plan: the phase after which it happens, and its place in that phase. */
public record DeploymentRef(String phaseId, int index) {
    public DeploymentRef {
        Objects.requireNonNull(phaseId, "phaseId");
    }
}
