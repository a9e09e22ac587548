package dev.phaseshift.export;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.sim.AppliedStep;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.report.DryRunOutcome;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Everything an export writer needs: the plan with where it lives, its checksum, the estate, the simulation that
 * gives each step the schema it runs on, and optionally a dry-run's verdicts.
 *
 * @param planPath     the plan file as the CI jobs name it (relative to the repository root, {@code /} separators)
 * @param planChecksum {@code sha256:} and the hex digest of the plan file's bytes
 * @param estatePath   the estate file as the CI jobs name it
 * @param toolVersion  the Phaseshift version that writes the files
 * @param dryRun       the verdicts of a dry-run report, or null
 */
public record ExportInput(Plan plan, String planPath, String planChecksum, Estate estate, String estatePath,
                          SimulationResult simulation, String toolVersion, DryRunOutcome dryRun) {
    public ExportInput {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(planPath, "planPath");
        Objects.requireNonNull(planChecksum, "planChecksum");
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(estatePath, "estatePath");
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /** Simulates {@code plan} on the estate; the caller refuses to export when the simulation has errors. */
    public static ExportInput of(Plan plan, String planPath, byte[] planBytes, Estate estate, String estatePath,
                                 String toolVersion, DryRunOutcome dryRun) {
        return new ExportInput(plan, planPath, checksum(planBytes), estate, estatePath, Simulation.run(plan, estate),
                toolVersion, dryRun);
    }

    public static String checksum(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String checksum(String text) {
        return checksum(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The plan name as a file-name part: {@code rename_phone_to_phone_number}. */
    public String planSlug() {
        String slug = plan.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return slug.isEmpty() ? "plan" : slug;
    }

    /** The services with steps, in the order the plan first changes them. */
    public List<String> changedServices() {
        Set<String> out = new LinkedHashSet<>();
        plan.steps().forEach(s -> out.add(s.service()));
        return List.copyOf(out);
    }

    /** The services the plan names, changes or deploys, in plan order. */
    public List<String> touchedServices() {
        Set<String> out = new LinkedHashSet<>(plan.services());
        for (Phase phase : plan.phases()) {
            phase.steps().forEach(s -> out.add(s.service()));
            phase.deployments().forEach(d -> out.add(d.service()));
        }
        return List.copyOf(out);
    }

    public ServiceDefinition service(String name) {
        return estate.definition().service(name).orElseThrow(() -> new IllegalArgumentException(
                "the estate has no service \"" + name + "\""));
    }

    /** The steps of one phase for one service, each with its SQL, in plan order. */
    public List<StepStatements> statements(String phaseId, String service) {
        List<StepStatements> out = new ArrayList<>();
        for (AppliedStep applied : simulation.applied()) {
            if (applied.phaseId().equals(phaseId) && applied.step().service().equals(service)) {
                out.add(StepStatements.of(applied, simulation.initial().get(service)));
            }
        }
        return out;
    }

    /** Every applied step with its SQL, in plan order. */
    public List<StepStatements> statements() {
        return simulation.applied().stream()
                .map(a -> StepStatements.of(a, simulation.initial().get(a.step().service()))).toList();
    }
}
