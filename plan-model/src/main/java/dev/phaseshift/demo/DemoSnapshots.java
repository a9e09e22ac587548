package dev.phaseshift.demo;

import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.snapshot.SnapshotFile;
import dev.phaseshift.snapshot.SnapshotFormatException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a snapshot read from a materialised copy of a demo service into the snapshot the estate ships: database
 * names without the copy's prefix, the script as source, and production-like volumes instead of sample-row
 * statistics. Everything else is exactly what the server reported.
 */
public final class DemoSnapshots {
    private DemoSnapshots() {
    }

    /**
     * @param databasePrefix the prefix the copy's databases were created with (see {@link DemoMaterializer})
     */
    public static Snapshot shippedForm(Snapshot live, ServiceDefinition service, String databasePrefix) {
        Snapshot unprefixed = databasePrefix.isEmpty() ? live : withoutPrefix(live, databasePrefix);
        DemoVolumes volumes = DemoVolumes.load();
        List<Schema> schemas = unprefixed.schemas().stream()
                .map(schema -> schema.withTables(schema.tables().stream()
                        .map(table -> withVolume(table, volumes.of(service.name(), schema.name(), table.name())))
                        .toList()))
                .map(DemoSnapshots::withoutDefiners)
                .toList();
        return new Snapshot(unprefixed.service(), unprefixed.engine(), unprefixed.product(),
                unprefixed.serverVersion(), service.database(), "demo/sql/" + service.name() + ".sql",
                unprefixed.skipped(), schemas, unprefixed.extensions()).canonical();
    }

    /** MySQL definers name the account that loaded the demo on some machine, which is no part of the demo. */
    private static Schema withoutDefiners(Schema schema) {
        return schema.withViews(schema.views().stream().map(v -> v.toBuilder().definer(null).build()).toList())
                .withTables(schema.tables().stream().map(t -> t.toBuilder().triggers(t.triggers().stream()
                        .map(g -> g.toBuilder().definer(null).build()).toList()).build()).toList())
                .withRoutines(schema.routines().stream().map(r -> r.withDefiner(null)).toList());
    }

    private static Table withVolume(Table table, DemoVolumes.Volume volume) {
        return table.toBuilder().rowEstimate(volume.rows()).sizeBytes(volume.bytes()).build();
    }

    /**
     * MySQL names its schemas after databases and qualifies view bodies with them, so the prefix appears in
     * names, references and SQL text alike; it is unique enough to remove wherever it stands.
     */
    private static Snapshot withoutPrefix(Snapshot live, String prefix) {
        String json = SnapshotFile.write(live).replace(prefix, "");
        try {
            return SnapshotFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), live.service());
        } catch (SnapshotFormatException e) {
            throw new IllegalStateException("cannot strip prefix \"" + prefix + "\" from the snapshot of \""
                    + live.service() + "\": " + e.getMessage(), e);
        }
    }
}
