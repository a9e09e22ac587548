package dev.phaseshift.cli;

import dev.phaseshift.schema.Engine;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An estate of one service ("app") on a test database, a plan for it, and the real CLI in a child JVM. */
final class RunnerFixture {
    private RunnerFixture() {
    }

    /**
     * Writes {@code phaseshift.yaml} naming the database, its snapshot read by {@code phaseshift inspect}.
     *
     * @param password a secret reference, or null
     */
    static Path estate(Path dir, TestDatabase db, String user, String password) throws IOException {
        DatabaseServer server = db.server();
        boolean pg = server.engine().engine() == Engine.POSTGRESQL;
        String yaml = "format: phaseshift/estate@1\nname: runner test\nservices:\n  - name: app\n    team: test\n"
                + "    engine: " + (pg ? "postgresql" : "mysql") + "\n    database: " + db.name() + "\n    url: "
                + db.url() + "\n    user: " + user + "\n" + (password == null ? "" : "    password: " + password + "\n")
                + "    schemas: [" + (pg ? "public" : db.name()) + "]\n    snapshot: snapshots/app.json\n";
        Files.createDirectories(dir.resolve("snapshots"));
        Path estate = dir.resolve("phaseshift.yaml");
        Files.writeString(estate, yaml);
        return estate;
    }

    /** Reads the service's schema into its snapshot, as a user does before writing a plan. */
    static void inspect(Path estate) {
        CliRun run = CliRun.of("inspect", "--estate", estate.toString(), "--out",
                estate.getParent().resolve("snapshots").toString());
        if (run.exitCode() != 0) {
            throw new IllegalStateException("inspect failed: " + run.err());
        }
    }

    /** A plan of service "app" with the given phases (YAML list items, indented two spaces). */
    static Path plan(Path dir, String name, String phases) throws IOException {
        Path file = dir.resolve(name.replace(' ', '-') + ".plan.yaml");
        Files.writeString(file, "format: phaseshift/plan@1\nname: " + name + "\nservices:\n  - app\nphases:\n"
                + phases);
        return file;
    }

    /** One backfill phase ({@code migrate}) of {@code table} with {@code set}. */
    static String backfillPhase(String table, String set, int batch, int pauseMs) {
        return "  - id: migrate\n    kind: migrate\n    steps:\n      - id: app-" + table + "-backfill\n"
                + "        service: app\n        operation:\n          backfill:\n            table: " + table + "\n"
                + "            set: " + set + "\n            batch_size: " + batch + "\n            pause_ms: "
                + pauseMs + "\n";
    }

    /** The real command line in a child JVM, its output in files under {@code dir}. */
    static Process child(Path dir, String label, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PhaseshiftMain.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(dir.resolve(label + ".out").toFile())
                .redirectError(dir.resolve(label + ".err").toFile());
        pb.environment().putAll(env);
        return pb.start();
    }
}
