package dev.phaseshift.demo;

import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.introspect.IntrospectionRequest;
import dev.phaseshift.introspect.Introspector;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.snapshot.SnapshotFile;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Keeps the shipped demo snapshots in sync with the demo SQL, their source of truth: materialises the SQL on real
 * servers, reads it back and compares. {@code -Dphaseshift.updateDemoSnapshots=true} rewrites the files instead.
 */
class DemoSnapshotsTest {
    private static final Path SNAPSHOTS = Path.of("src/main/resources/demo/snapshots");
    private static final String UPDATE = "phaseshift.updateDemoSnapshots";

    @Test
    void shippedSnapshotsMatchWhatTheSqlCreates() throws Exception {
        boolean update = Boolean.getBoolean(UPDATE);
        List<String> differences = new ArrayList<>();
        try (DemoCopy copy = new DemoCopy(TestServers.postgres(), TestServers.mysql())) {
            copy.materialize();
            for (ServiceDefinition service : DemoEstate.load().services()) {
                Snapshot live = introspect(copy, service);
                Snapshot shipped = DemoSnapshots.shippedForm(live, service, copy.prefix());
                Path file = SNAPSHOTS.resolve(service.name() + ".json");
                assertThat(shipped.tableCount()).as("tables of " + service.name()).isGreaterThanOrEqualTo(5);
                assertThat(shipped.partial()).as("snapshot of " + service.name() + " is partial").isFalse();
                assertThat(SnapshotFile.write(shipped)).doesNotContain(copy.prefix());
                if (update) {
                    SnapshotFile.write(shipped, file);
                    continue;
                }
                if (!Files.exists(file)) {
                    differences.add(service.name() + ": " + file + " is missing");
                    continue;
                }
                Snapshot recorded = SnapshotFile.read(file);
                String difference = compare(recorded, shipped);
                if (difference != null) {
                    differences.add(service.name() + ": " + difference);
                }
            }
        }
        if (!differences.isEmpty()) {
            fail("the shipped demo snapshots differ from what demo/sql creates; regenerate with -D" + UPDATE
                    + "=true and review the diff:\n  " + String.join("\n  ", differences));
        }
    }

    private static Snapshot introspect(DemoCopy copy, ServiceDefinition service) throws Exception {
        List<String> schemas = service.engine() == Engine.MYSQL ? List.of(copy.databaseOf(service)) : service.schemas();
        try (Connection c = copy.connect(service)) {
            return Introspector.forEngine(service.engine())
                    .introspect(c, IntrospectionRequest.of(service.name()).withSchemas(schemas, List.of()));
        }
    }

    /**
     * Exact comparison (but for the version line) when the server is the product and minor version that wrote the
     * file; a server of another version may spell defaults and collations its own way, so there only the shape —
     * tables, columns, types, keys — must agree.
     */
    private static String compare(Snapshot recorded, Snapshot live) {
        if (Objects.equals(recorded.product(), live.product())
                && Objects.equals(minor(recorded.serverVersion()), minor(live.serverVersion()))) {
            String a = withoutVersion(SnapshotFile.write(recorded));
            String b = withoutVersion(SnapshotFile.write(live));
            return a.equals(b) ? null : "differs from the live schema, first at: " + firstDifference(a, b);
        }
        TreeSet<String> a = shape(recorded);
        TreeSet<String> b = shape(live);
        if (a.equals(b)) {
            return null;
        }
        TreeSet<String> missing = new TreeSet<>(b);
        missing.removeAll(a);
        TreeSet<String> extra = new TreeSet<>(a);
        extra.removeAll(b);
        return "shape differs (server " + live.serverVersion() + "): not in file " + missing + ", only in file " + extra;
    }

    private static TreeSet<String> shape(Snapshot s) {
        TreeSet<String> out = new TreeSet<>();
        s.schemas().forEach(schema -> {
            schema.views().forEach(v -> out.add(schema.name() + "." + v.name() + " view"));
            schema.tables().forEach(t -> {
                for (Column c : t.columns()) {
                    out.add(schema.name() + "." + t.name() + "." + c.name() + " " + c.normalizedType()
                            + (c.nullable() ? "" : " not null"));
                }
                t.foreignKeys().forEach(fk -> out.add(schema.name() + "." + t.name() + " fk " + fk.columns() + " -> "
                        + fk.referencedTable() + fk.referencedColumns()));
                t.primaryKey().ifPresent(pk -> out.add(schema.name() + "." + t.name() + " pk " + pk.columns()));
            });
        });
        return out;
    }

    private static String minor(String version) {
        if (version == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\.(\\d+)").matcher(version);
        return m.find() ? m.group(1) + "." + m.group(2) : version;
    }

    private static String withoutVersion(String json) {
        return json.replaceAll("\"serverVersion\" : \"[^\"]*\"", "\"serverVersion\" : \"\"");
    }

    private static String firstDifference(String a, String b) {
        String[] x = a.split("\n");
        String[] y = b.split("\n");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                return "line " + (i + 1) + ": file has " + x[i].strip() + ", live has " + y[i].strip();
            }
        }
        return "line " + (Math.min(x.length, y.length) + 1) + " (lengths differ)";
    }

}
