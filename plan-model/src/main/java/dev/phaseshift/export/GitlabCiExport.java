package dev.phaseshift.export;

import java.util.List;

/**
 * GitLab CI: {@code phaseshift-<plan>.gitlab-ci.yml}, to include from {@code .gitlab-ci.yml}. A stage per phase and a
 * job per phase per service running {@code phaseshift apply --phase --service}; each is manual and blocks the
 * pipeline ({@code when: manual}, {@code allow_failure: false}) in its service's environment (protect it to choose
 * who may run it), and all share one {@code resource_group} per estate, so two pipelines never apply at once.
 * Passwords come from masked, protected CI/CD variables named as the estate's {@code ${env:VAR}} references; GitLab
 * puts them in the job's environment.
 */
public final class GitlabCiExport {
    private GitlabCiExport() {
    }

    public static List<ExportedFile> write(ExportInput input) {
        return List.of(ExportedFile.text("phaseshift-" + input.planSlug().replace('_', '-') + ".gitlab-ci.yml",
                pipeline(input)));
    }

    static String pipeline(ExportInput input) {
        StringBuilder out = new StringBuilder(ExportHeader.comment(input, "GitLab CI pipeline", "# "));
        out.append("#\n# Set up once: a CI/CD variable ").append(CiPipeline.JAR_URL_VARIABLE)
                .append(" with the URL of the released phaseshift.jar;\n");
        out.append("# protected environments phaseshift-<service> (who may run its jobs); masked, protected "
                + "variables:");
        List<String> secrets = CiPipeline.allSecrets(input);
        out.append(secrets.isEmpty() ? " none (the estate names no ${env:...} password)" : " "
                + String.join(", ", secrets)).append(".\n");
        out.append("stages:\n");
        input.plan().phases().forEach(p -> out.append("  - ").append(YamlText.quote(p.id())).append('\n'));
        for (CiJob job : CiPipeline.jobs(input)) {
            out.append('\n');
            job.notes().forEach(n -> out.append("# ").append(n).append('\n'));
            out.append(job.id()).append(":\n");
            out.append("  stage: ").append(YamlText.quote(job.phaseId())).append('\n');
            out.append("  needs: [").append(String.join(", ", job.needs())).append("]\n");
            out.append("  environment:\n    name: ").append(YamlText.quote(job.environment())).append('\n');
            out.append("  when: manual\n  allow_failure: false\n");
            out.append("  image: eclipse-temurin:17-jre\n");
            out.append("  resource_group: ").append(YamlText.quote(CiPipeline.lock(input))).append('\n');
            if (!job.secrets().isEmpty()) {
                out.append("  # passwords: ").append(String.join(", ", job.secrets()))
                        .append(" (CI/CD variables)\n");
            }
            out.append("  script:\n");
            out.append("    - ").append(YamlText.quote("curl -fsSL -o phaseshift.jar \"$"
                    + CiPipeline.JAR_URL_VARIABLE + "\"")).append('\n');
            out.append("    - ").append(YamlText.quote(job.command())).append('\n');
        }
        return out.toString();
    }
}
