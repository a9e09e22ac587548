package dev.phaseshift.app.bench;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.DeclaredReference;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.estate.TableAccess;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.snapshot.SnapshotFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a generated estate as the files a user opens: {@code phaseshift.yaml} and one snapshot per service in
 * {@code snapshots/}, so a benchmark opens it the way the app opens any estate.
 */
final class SyntheticEstateFiles {
    private SyntheticEstateFiles() {
    }

    static Path write(Estate estate, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("snapshots"));
        StringBuilder yaml = new StringBuilder("format: phaseshift/estate@1\nname: ")
                .append(estate.definition().name()).append("\nservices:\n");
        for (ServiceDefinition s : estate.definition().services()) {
            Snapshot snapshot = estate.snapshots().get(s.name());
            SnapshotFile.write(snapshot, dir.resolve("snapshots").resolve(s.name() + ".json"));
            String schema = snapshot.schemas().get(0).name();
            String url = s.engine().id().equals("mysql") ? "jdbc:mysql://127.0.0.1:3306/" : "jdbc:postgresql://127.0.0.1:5432/";
            yaml.append("  - name: ").append(s.name()).append("\n    team: ").append(s.team())
                    .append("\n    engine: ").append(s.engine().id()).append("\n    database: ").append(s.name())
                    .append("\n    url: ").append(url).append(s.name()).append("\n    user: app\n    schemas: [")
                    .append(schema).append("]\n    snapshot: snapshots/").append(s.name()).append(".json\n");
        }
        yaml.append("references:\n");
        for (DeclaredReference r : estate.definition().references()) {
            yaml.append("  - from: ").append(r.pair().from()).append("\n    to: ").append(r.pair().to()).append('\n');
        }
        yaml.append("consumers:\n");
        for (ConsumerContract c : estate.definition().consumers()) {
            yaml.append("  - service: ").append(c.service()).append("\n    version: ").append(c.version())
                    .append("\n    reads:\n");
            accesses(yaml, c.reads());
        }
        Path file = dir.resolve("phaseshift.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static void accesses(StringBuilder yaml, List<TableAccess> accesses) {
        for (TableAccess a : accesses) {
            yaml.append("      - table: ").append(a.relation()).append("\n        columns: [")
                    .append(String.join(", ", a.columns())).append("]\n        via: ").append(a.via().id()).append('\n');
        }
    }
}
