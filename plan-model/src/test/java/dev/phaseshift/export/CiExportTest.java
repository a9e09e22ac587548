package dev.phaseshift.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GitHub workflow and GitLab pipeline of each demo plan parse as YAML, and their jobs and {@code needs:} follow
 * the plan: a job per phase per service it touches, applying that service's part of the phase after every job of
 * the phase before, in that service's environment.
 */
class CiExportTest {
    @ParameterizedTest
    @ValueSource(strings = {"rename-phone", "orders-priority"})
    void githubJobsFollowThePhasesAndServices(String name) throws Exception {
        ExportInput input = ExportInputs.withPasswords(DemoExports.input(name));
        ExportedFile file = GithubActionsExport.write(input).get(0);
        assertThat(file.path()).startsWith(".github/workflows/phaseshift-").endsWith(".yml");
        JsonNode workflow = LiquibaseExportTest.yaml(file.text());
        assertThat(workflow.path("concurrency").path("group").asText()).isEqualTo("phaseshift-acme-shop");
        assertThat(workflow.path("concurrency").path("cancel-in-progress").asBoolean(true)).isFalse();
        assertThat(workflow.has("on")).isTrue();
        JsonNode jobs = workflow.path("jobs");
        Map<String, List<String>> expected = expectedNeeds(input);
        assertThat(names(jobs)).containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            JsonNode job = jobs.path(e.getKey());
            assertThat(strings(job.path("needs"))).as("needs of %s", e.getKey()).isEqualTo(e.getValue());
            String[] phaseAndService = phaseAndService(input, e.getKey());
            String service = phaseAndService[1];
            assertThat(job.path("environment").asText()).isEqualTo("phaseshift-" + service);
            JsonNode apply = job.path("steps").get(job.path("steps").size() - 1);
            assertThat(apply.path("run").asText()).isEqualTo("java -jar phaseshift.jar apply plans/" + name
                    + ".plan.yaml --estate phaseshift.yaml --phase " + phaseAndService[0] + " --service " + service
                    + " --yes");
            String variable = service.toUpperCase() + "_DB_PASSWORD";
            assertThat(names(apply.path("env"))).containsExactly(variable);
            assertThat(apply.path("env").path(variable).asText()).isEqualTo("${{ secrets." + variable + " }}");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rename-phone", "orders-priority"})
    void gitlabJobsFollowThePhasesAndServices(String name) throws Exception {
        ExportInput input = DemoExports.input(name);
        JsonNode pipeline = LiquibaseExportTest.yaml(GitlabCiExport.write(input).get(0).text());
        assertThat(strings(pipeline.path("stages")))
                .isEqualTo(input.plan().phases().stream().map(Phase::id).toList());
        Map<String, List<String>> expected = expectedNeeds(input);
        List<String> jobNames = names(pipeline);
        jobNames.remove("stages");
        assertThat(jobNames).containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            JsonNode job = pipeline.path(e.getKey());
            assertThat(strings(job.path("needs"))).as("needs of %s", e.getKey()).isEqualTo(e.getValue());
            String[] phaseAndService = phaseAndService(input, e.getKey());
            assertThat(job.path("stage").asText()).isEqualTo(phaseAndService[0]);
            assertThat(job.path("when").asText()).isEqualTo("manual");
            assertThat(job.path("allow_failure").asBoolean(true)).isFalse();
            assertThat(job.path("environment").path("name").asText()).isEqualTo("phaseshift-" + phaseAndService[1]);
            assertThat(job.path("resource_group").asText()).isEqualTo("phaseshift-acme-shop");
            assertThat(job.path("script").get(1).asText()).endsWith("apply plans/" + name + ".plan.yaml --estate "
                    + "phaseshift.yaml --phase " + phaseAndService[0] + " --service " + phaseAndService[1] + " --yes");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"github-actions", "gitlab-ci"})
    void consumerDeploymentsGoOnTheirServicesJobAndGatesOnEveryJobOfThePhase(String target) throws Exception {
        ExportInput input = DemoExports.input("rename-phone");
        String text = target.equals("github-actions") ? GithubActionsExport.write(input).get(0).text()
                : GitlabCiExport.write(input).get(0).text();
        assertThat(commentsOf(text, "switch-customers")).containsExactly("after this phase, deploy customers v2 "
                + "(replacing v1)");
        assertThat(commentsOf(text, "switch-shipping")).containsExactly("after this phase, deploy shipping v4 "
                + "(replacing v3)");
        for (String job : List.of("contract-customers", "contract-shipping")) {
            assertThat(commentsOf(text, job)).containsExactly(
                    "gate: phaseshift apply waits until customers v2 is deployed",
                    "gate: phaseshift apply waits until shipping v4 is deployed");
        }
        assertThat(commentsOf(text, "expand-customers")).isEmpty();
    }

    /** The comment lines right above a job's key. */
    private static List<String> commentsOf(String text, String job) {
        List<String> lines = text.lines().toList();
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(job + ":")) {
                at = i;
            }
        }
        assertThat(at).as("job %s", job).isPositive();
        List<String> out = new ArrayList<>();
        for (int i = at - 1; i >= 0 && lines.get(i).strip().startsWith("# "); i--) {
            out.add(0, lines.get(i).strip().substring(2));
        }
        return out;
    }

    /**
     * Job id ({@code <phase>-<service>}) to its needs, in order, worked out from the plan independently of the
     * writers: every job of the phase before.
     */
    static Map<String, List<String>> expectedNeeds(ExportInput input) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> previous = List.of();
        for (Phase phase : input.plan().phases()) {
            List<String> ids = new ArrayList<>();
            for (String service : services(input, phase.id())) {
                String id = phase.id() + "-" + service;
                out.put(id, previous);
                ids.add(id);
            }
            previous = ids;
        }
        return out;
    }

    /** The services the runner journals a phase on: its steps', or, for a phase without, every changed one. */
    static Set<String> services(ExportInput input, String phase) {
        Set<String> out = new LinkedHashSet<>();
        input.plan().phase(phase).orElseThrow().steps().stream().map(Step::service).forEach(out::add);
        if (out.isEmpty()) {
            input.plan().steps().map(Step::service).forEach(out::add);
        }
        return out;
    }

    private static String[] phaseAndService(ExportInput input, String jobId) {
        for (Phase phase : input.plan().phases()) {
            for (String service : services(input, phase.id())) {
                if (jobId.equals(phase.id() + "-" + service)) {
                    return new String[] {phase.id(), service};
                }
            }
        }
        throw new AssertionError("no phase and service make job " + jobId);
    }

    static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(out::add);
        return out;
    }

    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }
}
