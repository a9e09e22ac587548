package dev.phaseshift.export;

import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.sql.RenderedSql;

import java.util.ArrayList;
import java.util.List;

/**
 * Flyway: per service a project {@code flyway/<service>/} with {@code flyway.toml} and versioned migrations, one per
 * phase ({@code V<n>__<plan>_<phase>.sql}) or more when statements must run outside a transaction: those get their
 * own migration and a {@code .sql.conf} with {@code executeInTransaction=false}. An undo migration
 * {@code U<n>__...} holds the rollback of the steps that end in migration n.
 */
public final class FlywayExport {
    private FlywayExport() {
    }

    public static List<ExportedFile> write(ExportInput input) {
        List<ExportedFile> out = new ArrayList<>();
        for (String service : input.changedServices()) {
            out.addAll(service(input, input.service(service)));
        }
        return out;
    }

    private static List<ExportedFile> service(ExportInput input, ServiceDefinition service) {
        String dir = "flyway/" + service.name() + "/";
        List<ExportedFile> out = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        int version = 0;
        for (Phase phase : input.plan().phases()) {
            List<StepStatements> steps = input.statements(phase.id(), service.name());
            List<MigrationChunk> chunks = MigrationChunk.split(steps);
            for (int i = 0; i < chunks.size(); i++) {
                version++;
                MigrationChunk chunk = chunks.get(i);
                String name = input.planSlug() + "_" + phase.id() + (chunks.size() > 1 ? "_part" + (i + 1) : "");
                String file = dir + "migrations/V" + version + "__" + name + ".sql";
                String what = "Flyway migration V" + version + ": phase \"" + phase.id() + "\" (" + phase.kind().id()
                        + ") of service \"" + service.name() + "\"" + (chunks.size() > 1 ? ", part " + (i + 1)
                        + " of " + chunks.size() : "");
                out.add(ExportedFile.text(file, forward(input, what, chunk)));
                if (!chunk.transactional()) {
                    out.add(ExportedFile.text(file + ".conf", noTransaction(input, what)));
                }
                String undo = undo(input, "Flyway undo U" + version + " of " + what, chunk);
                if (undo != null) {
                    String undoFile = dir + "migrations/U" + version + "__" + name + ".sql";
                    out.add(ExportedFile.text(undoFile, undo));
                    if (rollbackOutsideTransaction(chunk)) {
                        out.add(ExportedFile.text(undoFile + ".conf", noTransaction(input, "undo of " + what)));
                    }
                }
            }
            if (!chunks.isEmpty()) {
                targets.add("phase \"" + phase.id() + "\": flyway migrate -target=" + version);
            }
        }
        out.add(0, ExportedFile.text(dir + "flyway.toml", toml(input, service, targets)));
        return out;
    }

    private static String forward(ExportInput input, String what, MigrationChunk chunk) {
        StringBuilder out = new StringBuilder(ExportHeader.comment(input, what, "-- "));
        if (!chunk.transactional()) {
            out.append("-- runs outside a transaction (see the .conf file beside it): each statement commits on its"
                    + " own\n");
        }
        for (MigrationChunk.Part part : chunk.parts()) {
            StepStatements step = part.step();
            out.append('\n').append(stepComment(step, input.service(step.service())));
            for (String statement : part.statements()) {
                out.append(SqlText.statement(step.dialect(), statement));
            }
        }
        return out.toString();
    }

    static String stepComment(StepStatements step, ServiceDefinition service) {
        StringBuilder out = new StringBuilder("-- step \"" + step.step().id() + "\": "
                + step.step().operation().operationName() + " on " + step.dialect() + "\n");
        if (step.step().notes() != null) {
            out.append("-- ").append(step.step().notes().replace("\n", "\n-- ")).append('\n');
        }
        for (RenderedSql copy : step.tableCopies()) {
            out.append("-- this ALTER copies the table and blocks writes for the whole copy; to run it online use"
                    + " gh-ost instead:\n");
            out.append("--   ").append(GhOstCommand.of(service, copy.text()).orElse(copy.text())).append('\n');
        }
        return out.toString();
    }

    private static String undo(ExportInput input, String what, MigrationChunk chunk) {
        List<StepStatements> steps = new ArrayList<>(chunk.completed());
        steps.removeIf(s -> s.rollback().isEmpty());
        if (steps.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(ExportHeader.comment(input, what, "-- "));
        for (int i = steps.size() - 1; i >= 0; i--) {
            StepStatements step = steps.get(i);
            out.append("\n-- undo step \"").append(step.step().id()).append("\"\n");
            for (RenderedSql statement : step.rollback()) {
                for (String text : ToolSql.of(step.dialect(), statement, step.step().id())) {
                    out.append(SqlText.statement(step.dialect(), text));
                }
            }
        }
        return out.toString();
    }

    private static boolean rollbackOutsideTransaction(MigrationChunk chunk) {
        return chunk.completed().stream().flatMap(s -> s.rollback().stream())
                .anyMatch(s -> s.mode() == RenderedSql.Mode.OUTSIDE_TRANSACTION);
    }

    private static String noTransaction(ExportInput input, String what) {
        return ExportHeader.comment(input, what, "# ") + "executeInTransaction=false\n";
    }

    private static String toml(ExportInput input, ServiceDefinition service, List<String> targets) {
        StringBuilder out = new StringBuilder(ExportHeader.comment(input, "Flyway project of service \""
                + service.name() + "\"", "# "));
        out.append("#\n# One versioned migration per phase; run the phases in plan order, one at a time:\n");
        targets.forEach(t -> out.append("#   ").append(t).append('\n'));
        out.append('\n');
        out.append("[environments.").append(key(service.name())).append("]\n");
        out.append("url = ").append(tomlString(service.url() == null ? "jdbc:" + service.engine().id() + "://HOST/"
                + service.database() : service.url())).append('\n');
        if (service.user() != null) {
            out.append("user = ").append(tomlString(service.user())).append('\n');
        }
        var variable = SecretReference.environmentVariable(service.password());
        if (variable.isPresent()) {
            out.append("password = ").append(tomlString("${env." + variable.get() + "}")).append('\n');
        } else if (SecretReference.prompted(service.password())) {
            out.append("# the estate prompts for this password: Flyway asks for it when none is configured\n");
        } else {
            out.append("# the estate names no password for this service (trust or peer authentication)\n");
        }
        out.append("\n[flyway]\n");
        out.append("environment = ").append(tomlString(key(service.name()))).append('\n');
        out.append("locations = [\"filesystem:migrations\"]\n");
        // the database already holds the schema the plan starts from: Flyway records a baseline below V1
        out.append("baselineOnMigrate = true\n");
        out.append("baselineVersion = \"0\"\n");
        out.append("validateMigrationNaming = true\n");
        return out.toString();
    }

    private static String key(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static String tomlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
