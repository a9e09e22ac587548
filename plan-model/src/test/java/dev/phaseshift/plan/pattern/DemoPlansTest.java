package dev.phaseshift.plan.pattern;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled demo plans are exactly what the patterns produce from the demo snapshots, and validate clean.
 * Regenerate with {@code -Dphaseshift.regenerate=true} after changing a pattern.
 */
class DemoPlansTest {
    private static final Path DIR = Path.of("src/main/resources/demo/plans");

    @Test
    void bundledPlansAreWhatThePatternsProduceAndValidateClean() throws Exception {
        Estate estate = DemoEstate.load();
        for (Map.Entry<String, Plan> e : new java.util.TreeMap<>(DemoPlans.all(estate.snapshots())).entrySet()) {
            String file = e.getKey() + ".plan.yaml";
            String expected = PlanFile.toYaml(e.getValue());
            if (Boolean.getBoolean("phaseshift.regenerate")) {
                Files.writeString(DIR.resolve(file), expected, StandardCharsets.UTF_8);
                continue;
            }
            assertThat(resource("/demo/plans/" + file)).as(file + " (regenerate: -Dphaseshift.regenerate=true)")
                    .isEqualTo(expected);
            Plan read = PlanFile.read(expected, file, false);
            SimulationResult result = Simulation.run(read, estate.snapshots());
            assertThat(result.problems()).as(file).isEmpty();
        }
    }

    @Test
    void theRenamePlanSpansTwoServicesOnDifferentEngines() {
        Plan plan = DemoPlans.renamePhone(DemoEstate.load().snapshots());
        assertThat(plan.steps().map(s -> s.service()).distinct()).containsExactly("customers", "shipping");
        assertThat(DemoEstate.load().snapshot("customers").orElseThrow().engine())
                .isNotEqualTo(DemoEstate.load().snapshot("shipping").orElseThrow().engine());
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = DemoPlansTest.class.getResourceAsStream(path)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
