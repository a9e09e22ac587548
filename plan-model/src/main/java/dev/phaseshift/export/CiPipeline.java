package dev.phaseshift.export;

import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.sql.RenderedSql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The jobs both CI exports share, in phase order: per phase, a job per service it touches running
 * {@code phaseshift apply --phase P --service S}, each needing every job of the phase before. A phase's jobs for
 * different services can run at once; the runner locks only the job's service and refuses to start while the phases
 * before are not done on every service. A phase without steps (a switch of consumer versions) touches every service
 * the plan changes, as the runner's journals record it, so it gets a job for each of them too.
 */
final class CiPipeline {
    /** Where the pipeline downloads the released jar from: a CI variable the team sets once. */
    static final String JAR_URL_VARIABLE = "PHASESHIFT_JAR_URL";

    private CiPipeline() {
    }

    static List<CiJob> jobs(ExportInput input) {
        List<CiJob> out = new ArrayList<>();
        List<String> previous = List.of();
        for (Phase phase : input.plan().phases()) {
            List<String> ids = new ArrayList<>();
            List<String> services = services(input, phase);
            for (String service : services) {
                String id = id(phase.id() + "-" + service);
                ids.add(id);
                out.add(new CiJob(id, phase.id() + ": " + service, phase.id(), service, previous,
                        environment(service), command(input, phase, service), secrets(input, Set.of(service)),
                        notes(input, phase, service, services)));
            }
            previous = ids;
        }
        return out;
    }

    /** The services the runner journals the phase on: its steps', or every changed service for a phase without. */
    static List<String> services(ExportInput input, Phase phase) {
        Set<String> out = new LinkedHashSet<>();
        phase.steps().forEach(s -> out.add(s.service()));
        return out.isEmpty() ? input.changedServices() : List.copyOf(out);
    }

    static String environment(String service) {
        return "phaseshift-" + service;
    }

    /** The line DESIGN.md gives, with the released jar; {@code --yes} because the CI approval is the approval. */
    static String command(ExportInput input, Phase phase, String service) {
        return "java -jar phaseshift.jar apply " + input.planPath() + " --estate " + input.estatePath() + " --phase "
                + phase.id() + " --service " + service + " --yes";
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

    /**
     * Every gate of the phase is checked by each service's job; a consumer deployment goes on the job of the
     * service of that name, or on every job of the phase when the consumer is no service the phase touches.
     */
    private static List<String> notes(ExportInput input, Phase phase, String service, List<String> services) {
        List<String> out = new ArrayList<>();
        phase.gates().stream().filter(DeploymentWait.class::isInstance).map(DeploymentWait.class::cast)
                .forEach(w -> out.add("gate: phaseshift apply waits until " + w.service() + " " + w.version()
                        + " is deployed"));
        phase.deployments().stream().filter(d -> d.service().equals(service) || !services.contains(d.service()))
                .forEach(d -> out.add("after this phase, deploy " + d.service() + " " + d.to()
                        + (d.from() == null ? "" : " (replacing " + d.from() + ")")));
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
