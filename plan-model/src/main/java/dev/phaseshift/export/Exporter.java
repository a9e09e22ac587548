package dev.phaseshift.export;

import java.util.List;

/** The files one export target writes for a plan. */
public final class Exporter {
    private Exporter() {
    }

    public static List<ExportedFile> export(ExportTarget target, ExportInput input) {
        return switch (target) {
            case FLYWAY -> FlywayExport.write(input);
            case LIQUIBASE -> LiquibaseExport.write(input);
            case GITHUB_ACTIONS -> GithubActionsExport.write(input);
            case GITLAB_CI -> GitlabCiExport.write(input);
            case MARKDOWN -> ReviewMarkdown.write(input);
            case HTML -> ReviewHtml.write(input);
        };
    }
}
