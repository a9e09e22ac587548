package dev.phaseshift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phaseshift.graph.GraphFixtures;
import dev.phaseshift.snapshot.SnapshotFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GraphCommandTest {
    @TempDir
    Path dir;
    private Path estate;

    @BeforeEach
    void writeTheShop() throws IOException {
        estate = dir.resolve("phaseshift.yaml");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("graph/cli/phaseshift.yaml")) {
            Files.copy(in, estate);
        }
        Files.createDirectories(dir.resolve("snapshots"));
        GraphFixtures.shopSnapshots().forEach((service, snapshot) -> {
            try {
                Files.writeString(dir.resolve("snapshots/" + service + ".json"), SnapshotFile.write(snapshot));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void aFocusedSvgIsWrittenAndTheImpactListedWithItsPaths() throws IOException {
        Path out = dir.resolve("out/total.svg");
        CliRun run = CliRun.of("graph", "--estate", estate.toString(), "--focus", "orders.public.orders.total",
                "--format", "svg", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).startsWith("<?xml").contains("<svg").contains("impact of orders.public.orders.total");
        assertThat(run.out()).contains("wrote " + out + " (svg): ")
                .contains("impact of orders.public.orders.total: 3 objects in 2 services (billing, orders)")
                .contains("  billing v1: billing v1 reads orders.public.orders.total via replica");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonGoesToStandardOutputWithDashAndTheFormatFollowsTheExtensionOtherwise() throws IOException {
        CliRun json = CliRun.of("graph", "--estate", estate.toString(), "--format", "json", "--out", "-");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode graph = new ObjectMapper().readTree(json.out());
        assertThat(graph.get("estate").asText()).isEqualTo("Small Shop");
        assertThat(graph.get("edges").size()).isPositive();

        Path dot = dir.resolve("estate.dot");
        CliRun byExtension = CliRun.of("graph", "--estate", estate.toString(), "--out", dot.toString());
        assertThat(byExtension.exitCode()).as(byExtension.err()).isZero();
        assertThat(Files.readString(dot)).startsWith("digraph ");
    }

    @Test
    void pngIsAnImage() throws IOException {
        Path png = dir.resolve("orders.png");
        CliRun run = CliRun.of("graph", "--estate", estate.toString(), "--focus", "orders.orders", "--depth", "1",
                "--format", "png", "--out", png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(400);
    }

    @Test
    void anUnknownFocusIsABadArgumentWithAHint() {
        CliRun run = CliRun.of("graph", "--estate", estate.toString(), "--focus", "orders.public.ordrs.total",
                "--out", dir.resolve("x.svg").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("phaseshift: graph: --focus: no table, view or column "
                + "\"orders.public.ordrs.total\" in " + estate + "; did you mean \"orders.public.orders.total\"?");
        assertThat(dir.resolve("x.svg")).doesNotExist();
    }

    @Test
    void unknownNamesInTheEstateFileAreListedWithTheirPlaceAndNothingIsWritten() throws IOException {
        Files.writeString(estate, Files.readString(estate).replace("[id, customer_id, total]", "[id, customer_id, totl]"));
        Path out = dir.resolve("x.svg");
        CliRun run = CliRun.of("graph", "--estate", estate.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("phaseshift: graph: " + estate + ":31:36: error: unknown column \"totl\" of "
                        + "\"orders.public.orders\" in consumer contract \"billing v1\" [unknown-column]; did you mean \"total\"?")
                .contains("phaseshift: graph: 1 error in " + estate + "; nothing written");
        assertThat(out).doesNotExist();
    }

    @Test
    void aLiteralPasswordIsABadInputFile() throws IOException {
        Files.writeString(estate, Files.readString(estate).replace("    team: payments\n",
                "    team: payments\n    password: hunter2\n"));
        CliRun run = CliRun.of("graph", "--estate", estate.toString(), "--out", dir.resolve("x.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("literal password").doesNotContain("hunter2");
    }

    @Test
    void badOptionsAreBadArguments() {
        assertThat(CliRun.of("graph", "--estate", estate.toString(), "--depth", "2", "--out", "x.svg").err())
                .contains("--depth needs --focus");
        CliRun format = CliRun.of("graph", "--estate", estate.toString(), "--out", "x.gif");
        assertThat(format.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(format.err()).contains("unknown format \"gif\": expected json, dot, svg or png");
        assertThat(CliRun.of("graph", "--estate", dir.resolve("nowhere.yaml").toString(), "--out", "x.svg").err())
                .contains("nowhere.yaml: no such file");
    }

    @Test
    void helpShowsTheSynopsis() {
        CliRun run = CliRun.of("graph", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("phaseshift graph --estate FILE [--focus SERVICE.SCHEMA.TABLE[.COLUMN]] [--depth")
                .contains("--format json|dot|svg|png --out FILE");
    }
}
