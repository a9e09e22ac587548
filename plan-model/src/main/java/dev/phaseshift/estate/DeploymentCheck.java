package dev.phaseshift.estate;

/**
 * How {@code phaseshift apply} finds out that a consumer version is deployed, for a {@code wait_for_deployment}
 * gate: a query on one service's database whose single value is true once it is, or a shell command that exits 0
 * once it is. Exactly one of {@code query} and {@code command} is set.
 *
 * @param service the service whose database the query runs on (with {@code query})
 */
public record DeploymentCheck(String service, String query, String command) {
    public DeploymentCheck {
        if ((query == null) == (command == null)) {
            throw new IllegalArgumentException("a deployment check is a query or a command");
        }
        if (query != null && service == null) {
            throw new IllegalArgumentException("a deployment check query needs a service");
        }
    }
}
