package dev.phaseshift.estate;

import java.util.List;
import java.util.Objects;

/**
 * What one version of a service reads and writes in other services' databases. Plans move consumers from one
 * version's contract to the next; until then both may be live.
 *
 * @param service the consuming service, declared under {@code services:}
 * @param version the release this contract describes ({@code v1}, {@code 2024.03})
 * @param deployedCheck how apply tells that this version is deployed, or null (then only {@code --deployed})
 * @param assumedFrom   for a release a plan deploys that the estate does not declare, the declared (or itself
 *                      assumed) version whose contract this one follows ({@code shipping v3}); null when declared
 */
public record ConsumerContract(String service, String version, String description, List<TableAccess> reads,
                               List<TableAccess> writes, SourceLocation location, DeploymentCheck deployedCheck,
                               String assumedFrom) {
    public ConsumerContract {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(version, "version");
        reads = List.copyOf(reads);
        writes = List.copyOf(writes);
    }

    public ConsumerContract(String service, String version, String description, List<TableAccess> reads,
                            List<TableAccess> writes, SourceLocation location, DeploymentCheck deployedCheck) {
        this(service, version, description, reads, writes, location, deployedCheck, null);
    }

    public ConsumerContract(String service, String version, String description, List<TableAccess> reads,
                            List<TableAccess> writes, SourceLocation location) {
        this(service, version, description, reads, writes, location, null, null);
    }

    /** Whether the estate does not declare this version and the plan check assumed its contract. */
    public boolean assumed() {
        return assumedFrom != null;
    }

    /** {@code billing v1}, as explanations name it. */
    public String label() {
        return service + " " + version;
    }
}
