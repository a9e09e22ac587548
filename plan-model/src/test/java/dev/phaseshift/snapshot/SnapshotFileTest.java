package dev.phaseshift.snapshot;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Partition;
import dev.phaseshift.schema.Routine;
import dev.phaseshift.schema.RoutineKind;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.ServerProduct;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TableKind;
import dev.phaseshift.schema.Trigger;
import dev.phaseshift.schema.TriggerEvent;
import dev.phaseshift.schema.TriggerTiming;
import dev.phaseshift.schema.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotFileTest {

    @Test
    void everyPartOfTheModelRoundTripsExactly() throws Exception {
        Snapshot original = SampleSnapshots.everything();
        String written = SnapshotFile.write(original);
        Snapshot read = read(written);
        assertThat(read).isEqualTo(original.canonical());
        assertThat(SnapshotFile.write(read)).isEqualTo(written);
    }

    @Test
    void writesPrivilegesInGrantOrder() throws Exception {
        Schema app = read(SnapshotFile.write(SampleSnapshots.everything())).schema("app").orElseThrow();
        assertThat(app.privileges()).extracting(p -> p.target() + " " + p.object() + " " + p.grantee())
                .containsExactly("SCHEMA null reader", "TABLE orders reader", "FUNCTION touch() PUBLIC");
        assertThat(app.privileges().get(2).revoked()).isTrue();
    }

    @Test
    void writesTheSameBytesWhateverTheOrderOfTheInput() {
        Snapshot original = SampleSnapshots.everything();
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : original.schemas()) {
            List<Table> tables = new ArrayList<>();
            for (Table t : s.tables()) {
                List<Column> columns = new ArrayList<>(t.columns());
                Collections.reverse(columns);
                tables.add(t.withColumns(columns));
            }
            Collections.reverse(tables);
            schemas.add(s.withTables(tables));
        }
        Collections.reverse(schemas);
        assertThat(SnapshotFile.write(original.withSchemas(schemas))).isEqualTo(SnapshotFile.write(original));
    }

    @Test
    void writesTheDocumentedLayout() throws IOException {
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/snapshot/small.json")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(SnapshotFile.write(SampleSnapshots.small())).isEqualTo(expected);
    }

    @Test
    void omitsNullsButWritesEmptyListsAndBooleans() {
        String written = SnapshotFile.write(SampleSnapshots.small());
        assertThat(written).doesNotContain(": null").doesNotContain("defaultExpression")
                .contains("\"triggers\": []").contains("\"nullable\": true").contains("\"partial\": false")
                .startsWith("{\n  \"format\": \"phaseshift/snapshot@1\",\n  \"service\": \"customers\",")
                .endsWith("}\n");
    }

    @Test
    void marksPartialSnapshotsAndListsWhatWasSkipped() throws Exception {
        String written = SnapshotFile.write(SampleSnapshots.everything());
        assertThat(written).contains("\"partial\": true");
        assertThat(written.indexOf("\"partial\"")).isLessThan(written.indexOf("\"skipped\""));
        Snapshot read = read(written);
        assertThat(read.partial()).isTrue();
        assertThat(read.skipped()).extracting(s -> s.schema() + "." + s.name())
                .containsExactly("app.zz", "secret.payroll");
    }

    @Test
    void writesNonAsciiAsItIs() {
        String written = SnapshotFile.write(SampleSnapshots.everything());
        assertThat(written).contains("\"name\": \"Reporting Ä\"").contains("\"Kunden Übersicht\"")
                .contains("\"Ünïcode ✓\"").contains("\"name\": \"Name \\\"Spitz\\\"\"");
    }

    @Test
    void escapesControlCharactersSoTheyReadBackUnchanged() throws Exception {
        String comment = "tab\there, line\nbreak, bell\u0007, unit\u001f, back\\slash, \"quoted\", ✓";
        Snapshot original = SampleSnapshots.small().withSchemas(SampleSnapshots.small().schemas().stream()
                .map(s -> new Schema(s.name(), s.owner(), comment, s.collation(), s.tables(), s.views(),
                        s.sequences(), s.enumTypes(), s.routines()))
                .toList());
        String written = SnapshotFile.write(original);
        assertThat(written).contains("tab\\there, line\\nbreak, bell\\u0007, unit\\u001F, back\\\\slash, "
                + "\\\"quoted\\\", ✓");
        assertThat(read(written).schemas().get(0).comment()).isEqualTo(comment);
    }

    @Test
    void rewritesEveryDemoSnapshotByteForByte() throws Exception {
        for (String service : List.of("billing", "catalog", "customers", "inventory", "notifications", "orders",
                "shipping")) {
            String file = "/demo/snapshots/" + service + ".json";
            String committed;
            try (InputStream in = getClass().getResourceAsStream(file)) {
                committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(SnapshotFile.write(read(committed))).as(file).isEqualTo(committed);
        }
    }

    @Test
    void readsAFileWithoutOptionalListsAsEmpty() throws Exception {
        Snapshot read = read("""
                {"format": "phaseshift/snapshot@1", "service": "s", "engine": "mysql",
                 "schemas": [{"name": "shop", "tables": [{"name": "t", "columns": [
                   {"name": "id", "ordinal": 1, "type": "int", "nullable": false}]}]}]}
                """);
        Table t = read.schema("shop").orElseThrow().table("t").orElseThrow();
        assertThat(t.constraints()).isEmpty();
        assertThat(read.schema("shop").orElseThrow().privileges()).as("a file written before privileges were read")
                .isEmpty();
        assertThat(t.column("id").orElseThrow().nullable()).isFalse();
        assertThat(read.skipped()).isEmpty();
        assertThat(read.engine()).isEqualTo(Engine.MYSQL);
    }

    @Test
    void rejectsAMissingBooleanRatherThanReadingItAsFalse() {
        assertThatThrownBy(() -> read("""
                {"format": "phaseshift/snapshot@1", "service": "s", "engine": "mysql",
                 "schemas": [{"name": "shop", "tables": [{"name": "t", "columns": [
                   {"name": "id", "ordinal": 1, "type": "int"}]}]}]}
                """)).isInstanceOf(SnapshotFormatException.class).hasMessageStartingWith("test.json:3:")
                .hasMessageContaining("schemas[0].tables[0].columns[0].nullable: missing or null, expected a boolean");
    }

    @Test
    void namesFileLineAndColumnOfAnUnknownKey() {
        String text = "{\n  \"format\": \"phaseshift/snapshot@1\",\n  \"service\": \"s\",\n  \"engine\": \"postgresql\",\n"
                + "  \"schemas\": [{\"name\": \"app\", \"tabels\": []}]\n}\n";
        assertThatThrownBy(() -> SnapshotFile.read(stream(text), "snapshots/s.json"))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessageStartingWith("snapshots/s.json:5:")
                .hasMessageContaining("tabels");
    }

    @Test
    void rejectsAnotherFormatAndAnInconsistentPartialFlag() {
        assertThatThrownBy(() -> read("{\"format\": \"phaseshift/snapshot@2\", \"service\": \"s\"}"))
                .hasMessageContaining("unsupported snapshot format \"phaseshift/snapshot@2\"");
        assertThatThrownBy(() -> read("{\"service\": \"s\"}"))
                .hasMessageContaining("(missing \"format\")");
        assertThatThrownBy(() -> read("{\"format\": \"phaseshift/snapshot@1\", \"service\": \"s\", "
                + "\"engine\": \"postgresql\", \"partial\": true, \"skipped\": [], \"schemas\": []}"))
                .hasMessageContaining("\"partial\" is true but 0 skipped objects are listed");
        assertThatThrownBy(() -> read("{\"format\": \"phaseshift/snapshot@1\", \"service\": \"s\", "
                + "\"engine\": \"oracle\", \"schemas\": []}"))
                .hasMessageContaining("unknown engine \"oracle\"");
    }

    @Test
    void writesAtomicallyToAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("snapshots/orders.json");
        SnapshotFile.write(SampleSnapshots.everything(), file);
        assertThat(SnapshotFile.read(file)).isEqualTo(SampleSnapshots.everything().canonical());
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void mySqlRoutinesPartitionsAndViewAndTriggerAttributesRoundTripInDeclarationOrder() throws Exception {
        Snapshot original = mySqlObjects();
        String written = SnapshotFile.write(original);
        assertThat(read(written)).isEqualTo(original.canonical());
        // partitions are meaningful in declaration order: canonical order must not sort them by name
        assertThat(written.indexOf("\"p2024\"")).isLessThan(written.indexOf("\"Übrige\""))
                .isLessThan(written.indexOf("\"a_pmax\""));
        assertThat(written).contains("\"sqlMode\": \"PIPES_AS_CONCAT\"", "\"security\": \"INVOKER\"",
                "\"deterministic\": true", "\"definer\": \"deploy@%\"");
    }

    @Test
    void readsAFileWrittenBeforeTheMySqlAttributesExisted() throws Exception {
        Snapshot read = read("""
                {"format": "phaseshift/snapshot@1", "service": "s", "engine": "mysql",
                 "schemas": [{"name": "shop", "views": [{"name": "v", "materialized": false}],
                   "routines": [{"name": "f", "kind": "FUNCTION", "arguments": ""}],
                   "tables": [{"name": "t", "kind": "PARTITIONED", "partitionKey": "RANGE (`id`)",
                     "columns": [{"name": "id", "ordinal": 1, "type": "int", "nullable": false}],
                     "triggers": [{"name": "g", "timing": "BEFORE", "events": ["INSERT"], "forEachRow": true,
                       "enabled": true, "body": "SET NEW.id = 1"}]}]}]}
                """);
        Schema shop = read.schema("shop").orElseThrow();
        Table t = shop.table("t").orElseThrow();
        assertThat(t.partitions()).isEmpty();
        assertThat(t.trigger("g").orElseThrow().sqlMode()).isNull();
        assertThat(shop.view("v").orElseThrow().security()).isNull();
        assertThat(shop.routine("f").orElseThrow().deterministic()).isNull();
    }

    private static Snapshot mySqlObjects() {
        Table measured = Table.builder("Messwerte").kind(TableKind.PARTITIONED)
                .partitionKey("RANGE (year(`d`)) SUBPARTITION BY KEY (`id`)")
                .columns(List.of(Column.builder("id", "int").ordinal(1).notNull().build()))
                .partitions(List.of(
                        new Partition("p2024", "VALUES LESS THAN (2025)", "Januar",
                                List.of(Partition.of("p2024_a", null, "erste"), Partition.of("p2024_b", null, null))),
                        new Partition("Übrige", "VALUES LESS THAN (2030)", null,
                                List.of(Partition.of("u_a", null, null), Partition.of("u_b", null, null))),
                        new Partition("a_pmax", "VALUES LESS THAN MAXVALUE", null,
                                List.of(Partition.of("m_a", null, null), Partition.of("m_b", null, null)))))
                .triggers(List.of(Trigger.builder("label", TriggerTiming.BEFORE, List.of(TriggerEvent.INSERT))
                        .body("SET NEW.id = NEW.id || 1").sqlMode("PIPES_AS_CONCAT").definer("deploy@%").build()))
                .build();
        View view = View.builder("teuer").definition("select 1 AS `x`").security("INVOKER").algorithm("MERGE")
                .definer("deploy@%").build();
        Routine gross = new Routine("gross", RoutineKind.FUNCTION, "`net` decimal(10,2)", "decimal(10,2)", "SQL",
                null, "net plus tax", "RETURN net * 1.19", true, "NO SQL", "DEFINER", "STRICT_TRANS_TABLES",
                "deploy@%");
        Schema shop = new Schema("shop", null, null, "utf8mb4_general_ci", List.of(measured), List.of(view),
                List.of(), List.of(), List.of(gross));
        return new Snapshot("shop", Engine.MYSQL, ServerProduct.MARIADB, "10.11.19-MariaDB", "shop", null,
                List.of(), List.of(shop));
    }

    private static Snapshot read(String text) throws SnapshotFormatException {
        return SnapshotFile.read(stream(text), "test.json");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
