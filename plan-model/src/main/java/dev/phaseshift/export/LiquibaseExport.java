package dev.phaseshift.export;

import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.plan.sql.RenderedSql;

import java.util.ArrayList;
import java.util.List;

/**
 * Liquibase: per service a YAML changelog {@code liquibase/<service>/<plan>.changelog.yaml}, one changeset per
 * step labelled with its phase (so {@code --label-filter=expand} runs one phase), each statement a {@code sql}
 * change of its own with {@code splitStatements: false} (bodies with semicolons stay whole), {@code
 * runInTransaction: false} where a statement must run outside a transaction, and a {@code rollback} block: the
 * step's undo, or an {@code empty} change where there is nothing to undo, so {@code liquibase rollback} walks
 * back through backfills and verifications.
 */
public final class LiquibaseExport {
    private LiquibaseExport() {
    }

    public static List<ExportedFile> write(ExportInput input) {
        List<ExportedFile> out = new ArrayList<>();
        for (String service : input.changedServices()) {
            ServiceDefinition definition = input.service(service);
            String dir = "liquibase/" + service + "/";
            String changelog = input.planSlug() + ".changelog.yaml";
            out.add(ExportedFile.text(dir + changelog, changelog(input, definition)));
            out.add(ExportedFile.text(dir + "liquibase.properties", properties(input, definition, changelog)));
        }
        return out;
    }

    static String changelog(ExportInput input, ServiceDefinition service) {
        StringBuilder out = new StringBuilder(ExportHeader.comment(input, "Liquibase changelog of service \""
                + service.name() + "\"", "# "));
        out.append("#\n# Run one phase at a time, in plan order:\n");
        input.plan().phases().stream().filter(p -> !input.statements(p.id(), service.name()).isEmpty())
                .forEach(p -> out.append("#   liquibase update --label-filter=").append(p.id()).append('\n'));
        out.append("databaseChangeLog:\n");
        for (StepStatements step : input.statements()) {
            if (!step.service().equals(service.name())) {
                continue;
            }
            for (RenderedSql copy : step.tableCopies()) {
                out.append("  # step \"").append(step.step().id()).append("\" copies the table; online instead:\n");
                out.append("  #   ").append(GhOstCommand.of(service, copy.text()).orElse(copy.text())).append('\n');
            }
            out.append("  - changeSet:\n");
            out.append("      id: ").append(YamlText.quote(step.step().id())).append('\n');
            out.append("      author: \"phaseshift\"\n");
            out.append("      labels: ").append(YamlText.quote(step.phaseId())).append('\n');
            out.append("      comment: ").append(YamlText.quote(comment(step))).append('\n');
            if (step.needsNoTransaction()) {
                out.append("      runInTransaction: false\n");
            }
            out.append("      changes:\n");
            for (RenderedSql statement : step.forward()) {
                for (String text : ToolSql.of(step.dialect(), statement, step.step().id())) {
                    sql(out, text);
                }
            }
            out.append("      rollback:\n");
            if (step.rollback().isEmpty()) {
                out.append("        - empty: {}\n");
            }
            for (RenderedSql statement : step.rollback()) {
                for (String text : ToolSql.of(step.dialect(), statement, step.step().id())) {
                    sql(out, text);
                }
            }
        }
        return out.toString();
    }

    private static String comment(StepStatements step) {
        String what = step.step().operation().operationName() + " (phase " + step.phaseId() + ", " + step.dialect()
                + ")";
        return step.step().notes() == null ? what : what + ": " + step.step().notes();
    }

    private static void sql(StringBuilder out, String text) {
        out.append("        - sql:\n");
        out.append("            splitStatements: false\n");
        out.append("            stripComments: false\n");
        out.append("            sql: ").append(YamlText.quote(text)).append('\n');
    }

    private static String properties(ExportInput input, ServiceDefinition service, String changelog) {
        StringBuilder out = new StringBuilder(ExportHeader.comment(input, "Liquibase defaults of service \""
                + service.name() + "\"", "# "));
        out.append("changelog-file=").append(changelog).append('\n');
        if (service.url() != null) {
            out.append("url=").append(service.url()).append('\n');
        }
        if (service.user() != null) {
            out.append("username=").append(service.user()).append('\n');
        }
        var variable = SecretReference.environmentVariable(service.password());
        if (variable.isPresent()) {
            out.append("# the password is not written here: export LIQUIBASE_COMMAND_PASSWORD=\"$")
                    .append(variable.get()).append("\" before running liquibase\n");
        } else {
            out.append("# the estate names no password from the environment for this service\n");
        }
        return out.toString();
    }
}
