package dev.phaseshift.export;

import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.plan.ManualApproval;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.sql.RenderedSql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The jobs both CI exports share, in phase order: per phase, an approval job per changed service, then the
 * phase's apply job needing those approvals and the previous phase's apply job. A phase without steps (a switch
 * of consumer versions) has only its apply job, which asks for approval itself when the phase has a
 * {@code manual_approval} gate.
 */
final class CiPipeline {
    /** Where the pipeline downloads the released jar from: a CI variable the team sets once. */
    static final String JAR_URL_VARIABLE = "PHASESHIFT_JAR_URL";
    static final String APPROVAL_ENVIRONMENT = "phaseshift-approval";

    private CiPipeline() {
    }

    static List<CiJob> jobs(ExportInput input) {
        List<CiJob> out = new ArrayList<>();
        String previous = null;
        for (Phase phase : input.plan().phases()) {
            List<String> approvals = new ArrayList<>();
            Set<String> services = new LinkedHashSet<>();
            phase.steps().forEach(s -> services.add(s.service()));
            for (String service : services) {
                String id = id(phase.id() + "-approve-" + service);
                approvals.add(id);
                out.add(new CiJob(id, phase.id() + ": approve " + service, phase.id(), service,
                        previous == null ? List.of() : List.of(previous), environment(service), null, List.of(),
                        List.of()));
            }
            List<String> needs = new ArrayList<>(approvals);
            if (approvals.isEmpty() && previous != null) {
                needs.add(previous);
            }
            boolean gate = services.isEmpty() && phase.gates().stream().anyMatch(ManualApproval.class::isInstance);
            String id = id(phase.id() + "-apply");
            out.add(new CiJob(id, phase.id() + ": apply", phase.id(), null, needs, gate ? APPROVAL_ENVIRONMENT : null,
                    command(input, phase), secrets(input, services), notes(input, phase, services)));
            previous = id;
        }
        return out;
    }

    static String environment(String service) {
        return "phaseshift-" + service;
    }

    /** The line DESIGN.md gives, with the released jar; {@code --yes} because the CI approval is the approval. */
    static String command(ExportInput input, Phase phase) {
        return "java -jar phaseshift.jar apply " + input.planPath() + " --estate " + input.estatePath() + " --phase "
                + phase.id() + " --yes";
    }

    /** The secret variables of every service the phase changes, as the estate's {@code ${env:VAR}} names them. */
    static List<String> secrets(ExportInput input, Set<String> services) {
        List<String> out = new ArrayList<>();
        for (String service : services) {
            SecretReference.environmentVariable(input.service(service).password()).ifPresent(out::add);
        }
        return out.stream().distinct().toList();
    }

    /** Every secret variable the pipeline uses, for the header that tells which secrets to create. */
    static List<String> allSecrets(ExportInput input) {
        return secrets(input, new LinkedHashSet<>(input.changedServices()));
    }

    private static List<String> notes(ExportInput input, Phase phase, Set<String> services) {
        List<String> out = new ArrayList<>();
        phase.gates().stream().filter(dev.phaseshift.plan.DeploymentWait.class::isInstance)
                .map(dev.phaseshift.plan.DeploymentWait.class::cast)
                .forEach(w -> out.add("gate: phaseshift apply waits until " + w.service() + " " + w.version()
                        + " is deployed"));
        phase.deployments().forEach(d -> out.add("after this phase, deploy " + d.service() + " " + d.to()
                + (d.from() == null ? "" : " (replacing " + d.from() + ")")));
        for (String service : services) {
            ServiceDefinition definition = input.service(service);
            if (SecretReference.prompted(definition.password())) {
                out.add("service \"" + service + "\" prompts for its password, which CI cannot do: reference an "
                        + "environment variable in the estate (password: ${env:VAR})");
            }
            for (StepStatements step : input.statements(phase.id(), service)) {
                for (RenderedSql copy : step.tableCopies()) {
                    out.add("step \"" + step.step().id() + "\" copies the table and blocks writes meanwhile; to "
                            + "run it online instead:");
                    out.add("  " + GhOstCommand.of(definition, copy.text()).orElse(copy.text()));
                }
            }
        }
        return out;
    }

    /** A job id both CI systems accept: letters, digits, {@code -} and {@code _}, starting with a letter. */
    static String id(String text) {
        String id = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        return Character.isLetter(id.charAt(0)) ? id : "p-" + id;
    }

    /** The concurrency group / resource group: one per estate, so no two pipelines apply to it at once. */
    static String lock(ExportInput input) {
        return "phaseshift-" + input.estate().name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }
}
