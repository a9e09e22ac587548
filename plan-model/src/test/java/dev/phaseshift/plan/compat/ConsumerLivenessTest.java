package dev.phaseshift.plan.compat;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Which versions run at each state (0 before the plan, k after phase k) as the plan's deployments say. */
class ConsumerLivenessTest {
    private static final ConsumerContract V1 = version("v1");
    private static final ConsumerContract V2 = version("v2");
    private static final ConsumerContract V3 = version("v3");
    private static final List<ConsumerContract> ALL = List.of(V1, V2, V3);

    private static ConsumerContract version(String version) {
        return new ConsumerContract("billing", version, null, List.of(), List.of(), null);
    }

    private static Plan plan(List<List<ConsumerDeployment>> deployments) {
        return Plan.of("p", null, IntStream.range(0, deployments.size()).mapToObj(i -> Phase.of("p" + (i + 1),
                PhaseKind.EXPAND, List.of()).withDeployments(deployments.get(i))).toList());
    }

    private static List<Integer> liveStates(ConsumerLiveness liveness, ConsumerContract contract, int phases) {
        return IntStream.rangeClosed(0, phases).filter(k -> liveness.live(contract, k)).boxed().toList();
    }

    @Test
    void anOldVersionRunsOnTheSchemaItsSuccessorIsRolledOutOnto() {
        ConsumerDeployment first = new ConsumerDeployment("billing", "v1", "v2");
        ConsumerDeployment second = new ConsumerDeployment("billing", "v2", "v3");
        ConsumerLiveness liveness = new ConsumerLiveness(plan(List.of(List.of(first), List.of(), List.of(second),
                List.of())), ALL);

        assertThat(liveStates(liveness, V1, 4)).containsExactly(0, 1);
        assertThat(liveStates(liveness, V2, 4)).containsExactly(1, 2, 3);
        assertThat(liveStates(liveness, V3, 4)).containsExactly(3, 4);
        assertThat(liveness.lastLiveState(V2)).contains(3);
        assertThat(liveness.replacement(V2).orElseThrow().phaseId()).isEqualTo("p3");
        assertThat(liveness.introduction(V2).orElseThrow().phaseId()).isEqualTo("p1");
    }

    @Test
    void withoutDeploymentsEveryDeclaredVersionRunsThroughout() {
        ConsumerLiveness liveness = new ConsumerLiveness(plan(List.of(List.of(), List.of())), ALL);

        assertThat(liveStates(liveness, V1, 2)).containsExactly(0, 1, 2);
        assertThat(liveStates(liveness, V3, 2)).containsExactly(0, 1, 2);
        assertThat(liveness.replacement(V1)).isEmpty();
    }

    @Test
    void aDeploymentWithoutFromReplacesEveryVersionItDoesNotDeploy() {
        ConsumerLiveness liveness = new ConsumerLiveness(plan(List.of(List.of(),
                List.of(new ConsumerDeployment("billing", null, "v3")), List.of())), ALL);

        assertThat(liveStates(liveness, V1, 3)).containsExactly(0, 1, 2);
        assertThat(liveStates(liveness, V2, 3)).containsExactly(0, 1, 2);
        assertThat(liveStates(liveness, V3, 3)).containsExactly(2, 3);
    }

    @Test
    void aVersionTheDeploymentsDoNotMentionNeverRuns() {
        ConsumerLiveness liveness = new ConsumerLiveness(plan(List.of(
                List.of(new ConsumerDeployment("billing", "v1", "v2")))), ALL);

        assertThat(liveStates(liveness, V3, 1)).isEmpty();
        assertThat(liveness.lastLiveState(V3)).isEmpty();
    }
}
