package dev.phaseshift.plan;

import java.util.Objects;

/** The phase waits until a consumer service runs the given version everywhere. */
public record DeploymentWait(String service, String version) implements Gate {
    public DeploymentWait {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(version, "version");
    }
}
