package dev.phaseshift.export;

import java.util.List;

/**
 * GitHub Actions: {@code .github/workflows/phaseshift-<plan>.yml}, started by hand ({@code workflow_dispatch}).
 * A job per phase per service, in that service's protected environment ({@code phaseshift-<service>}: add required
 * reviewers to it, who approve each of its jobs); each downloads the released jar and runs
 * {@code phaseshift apply --phase --service} with the service's database password mapped from a repository secret
 * to the variable the estate file references. One concurrency group per estate, never cancelled, so two runs never
 * apply at once.
 */
public final class GithubActionsExport {
    private GithubActionsExport() {
    }

    public static List<ExportedFile> write(ExportInput input) {
        return List.of(ExportedFile.text(".github/workflows/phaseshift-" + input.planSlug().replace('_', '-')
                + ".yml", workflow(input)));
    }

    static String workflow(ExportInput input) {
        StringBuilder out = new StringBuilder(ExportHeader.comment(input, "GitHub Actions workflow", "# "));
        out.append("#\n# Set up once: a repository variable ").append(CiPipeline.JAR_URL_VARIABLE)
                .append(" with the URL of the released phaseshift.jar;\n");
        out.append("# a protected environment per service with required reviewers (they approve each of its jobs)");
        out.append(";\n# and, as repository secrets, the database passwords:");
        List<String> secrets = CiPipeline.allSecrets(input);
        out.append(secrets.isEmpty() ? " none (the estate names no ${env:...} password)" : " "
                + String.join(", ", secrets)).append(".\n");
        out.append("name: ").append(YamlText.quote("phaseshift: " + input.plan().name())).append('\n');
        out.append("on:\n  workflow_dispatch: {}\n");
        out.append("permissions:\n  contents: read\n");
        out.append("concurrency:\n  group: ").append(YamlText.quote(CiPipeline.lock(input)))
                .append("\n  cancel-in-progress: false\n");
        out.append("jobs:\n");
        for (CiJob job : CiPipeline.jobs(input)) {
            out.append('\n');
            job.notes().forEach(n -> out.append("  # ").append(n).append('\n'));
            out.append("  ").append(job.id()).append(":\n");
            out.append("    name: ").append(YamlText.quote(job.name())).append('\n');
            out.append("    runs-on: ubuntu-latest\n");
            if (!job.needs().isEmpty()) {
                out.append("    needs: [").append(String.join(", ", job.needs())).append("]\n");
            }
            out.append("    environment: ").append(YamlText.quote(job.environment())).append('\n');
            out.append("    steps:\n");
            out.append("      - uses: actions/checkout@v4\n");
            out.append("      - uses: actions/setup-java@v4\n");
            out.append("        with:\n          distribution: temurin\n          java-version: \"17\"\n");
            out.append("      - name: \"download phaseshift\"\n");
            out.append("        run: ").append(YamlText.quote("curl -fsSL -o phaseshift.jar \"${{ vars."
                    + CiPipeline.JAR_URL_VARIABLE + " }}\"")).append('\n');
            out.append("      - name: ").append(YamlText.quote("apply phase " + job.phaseId() + " to "
                    + job.service())).append('\n');
            if (!job.secrets().isEmpty()) {
                out.append("        env:\n");
                for (String secret : job.secrets()) {
                    out.append("          ").append(secret).append(": ${{ secrets.").append(secret).append(" }}\n");
                }
            }
            out.append("        run: ").append(YamlText.quote(job.command())).append('\n');
        }
        return out.toString();
    }
}
