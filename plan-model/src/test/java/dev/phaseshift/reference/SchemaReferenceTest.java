package dev.phaseshift.reference;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed references docs/reference/plan-file.md and estate-file.md are what the published JSON Schemas
 * generate; after a schema change, regenerate them with {@code -Dphaseshift.updateReferences=true}.
 */
class SchemaReferenceTest {
    private static final Path DOCS = Files.isDirectory(Path.of("docs")) ? Path.of("docs") : Path.of("../docs");

    @Test
    void thePlanFileReferenceIsInSyncWithItsSchema() throws IOException {
        check("plan.schema.json", "plan-file.md", "Plan file reference",
                "Every key of a plan file (`*.plan.yaml`, `format: phaseshift/plan@1`), generated from its JSON "
                        + "Schema [`docs/schema/plan.schema.json`](../schema/plan.schema.json). What plans are and "
                        + "how they are checked: [docs/plan-file.md](../plan-file.md); each operation's SQL: "
                        + "[docs/operations.md](../operations.md).");
    }

    @Test
    void theEstateFileReferenceIsInSyncWithItsSchema() throws IOException {
        check("estate.schema.json", "estate-file.md", "Estate file reference",
                "Every key of an estate file (`phaseshift.yaml`, `format: phaseshift/estate@1`), generated from "
                        + "its JSON Schema [`docs/schema/estate.schema.json`](../schema/estate.schema.json). A full "
                        + "example and what each part means: [docs/estate-file.md](../estate-file.md).");
    }

    @Test
    void everyKeyAndDefinitionOfTheSchemaIsOnThePage() throws IOException {
        String page = Files.readString(DOCS.resolve("reference/plan-file.md"));
        assertThat(page).contains("| `phases` | list of [`phase`](#phase) | yes |", "## `rename_column`",
                "| `kind` | one of `expand`, `migrate`, `switch`, `contract` | yes |");
    }

    private static void check(String schema, String page, String title, String intro) throws IOException {
        String expected = SchemaReference.markdown(Files.readString(DOCS.resolve("schema").resolve(schema)), title,
                intro);
        Path file = DOCS.resolve("reference").resolve(page);
        if (Boolean.getBoolean("phaseshift.updateReferences")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected);
        }
        assertThat(file).as("regenerate with -Dphaseshift.updateReferences=true").exists();
        assertThat(Files.readString(file)).as(page + " is out of date: regenerate with "
                + "-Dphaseshift.updateReferences=true").isEqualTo(expected);
    }
}
