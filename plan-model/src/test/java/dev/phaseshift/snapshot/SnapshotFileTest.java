package dev.phaseshift.snapshot;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
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

    private static Snapshot read(String text) throws SnapshotFormatException {
        return SnapshotFile.read(stream(text), "test.json");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
