package dev.phaseshift.graph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.GraphFixtures;
import dev.phaseshift.graph.analysis.CycleFinder;
import dev.phaseshift.graph.analysis.CycleLevel;
import dev.phaseshift.graph.analysis.Impact;
import dev.phaseshift.graph.analysis.ImpactAnalysis;
import dev.phaseshift.graph.layout.Diagram;
import dev.phaseshift.graph.layout.DiagramPainter;
import dev.phaseshift.graph.layout.DiagramProjection;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GraphExportTest {
    private final EstateGraph shop = EstateGraph.of(GraphFixtures.shop());

    @Test
    void jsonHoldsTheWholeTypedGraphAndTheImpactOfTheFocus() throws Exception {
        Impact impact = new ImpactAnalysis(shop).of("column:orders.public.orders.total");
        JsonNode json = new ObjectMapper().readTree(JsonGraphWriter.write(shop, impact, List.of()));

        assertThat(json.get("format").asText()).isEqualTo("phaseshift/graph@1");
        assertThat(json.get("nodes")).hasSize(shop.nodeCount());
        assertThat(json.get("edges")).hasSize(shop.dependencyCount());
        JsonNode total = find(json.get("nodes"), "id", "column:orders.public.orders.total");
        assertThat(total.get("kind").asText()).isEqualTo("column");
        assertThat(total.get("column").asText()).isEqualTo("total");
        assertThat(total.get("parent").asText()).isEqualTo("table:orders.public.orders");
        assertThat(total.get("attributes").get("type").asText()).isEqualTo("numeric(12,2)");
        JsonNode read = find(json.get("edges"), "from", "consumer:billing@v1");
        assertThat(read.get("kind").asText()).isEqualTo("consumer_read");
        assertThat(read.get("channel").asText()).isEqualTo("replica");
        assertThat(read.get("location").asText()).startsWith("graph/shop/phaseshift.yaml:");
        JsonNode proposal = find(json.get("edges"), "from", "column:orders.public.order_items.product_id");
        assertThat(proposal.get("proposed").asBoolean()).isTrue();
        assertThat(proposal.get("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(json.get("impact").get("hits").get(0).get("explanation").asText())
                .isEqualTo("billing v1 reads orders.public.orders.total via replica");
        assertThat(json.get("problems")).isEmpty();
    }

    @Test
    void jsonListsTheRings() throws Exception {
        EstateGraph ring = EstateGraph.of(GraphFixtures.cycle());
        JsonNode json = new ObjectMapper().readTree(JsonGraphWriter.write(ring, null,
                new CycleFinder(ring, CycleLevel.RELATION).find()));
        assertThat(json.get("cycles").get(0).get("nodes").toString())
                .isEqualTo("[\"table:a.public.orders\",\"table:b.public.invoices\"]");
        assertThat(json.has("impact")).isFalse();
    }

    @Test
    void dotHasAClusterPerServiceAndAnEdgePerLink() {
        Diagram diagram = DiagramProjection.of(shop, shop.name(), Set.of(), Set.of());
        String dot = DotGraphWriter.write(diagram);
        assertThat(dot).startsWith("digraph \"Small Shop\" {").contains("rankdir=LR");
        for (String service : List.of("customers", "catalog", "orders", "billing", "shipping")) {
            assertThat(dot).contains("subgraph \"cluster_service:" + service + "\"");
        }
        assertThat(dot.lines().filter(l -> l.contains(" -> "))).hasSize(diagram.links().size());
        assertThat(dot).contains("\"consumer:billing@v1\":r0:e -> \"table:orders.public.orders\":h:w");
    }

    @Test
    void svgIsAWellFormedPictureWithEveryServiceAndTheFocusMarked() throws Exception {
        Impact impact = new ImpactAnalysis(shop).of("column:orders.public.orders.total");
        Set<String> hits = new HashSet<>();
        impact.hits().forEach(h -> hits.add(h.node().id()));
        String svg = SvgWriter.write(DiagramPainter.paint(DiagramProjection.of(shop, "Small Shop",
                Set.of("column:orders.public.orders.total"), hits), "a subtitle"));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        NodeList texts = doc.getElementsByTagName("text");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            labels.add(texts.item(i).getTextContent());
        }
        assertThat(labels).contains("customers", "catalog", "orders", "billing", "shipping", "billing v1", "total",
                "reached by the change");
        assertThat(svg).contains("fill=\"#fde68a\"").contains("stroke=\"#dc2626\"")
                .contains("<title>billing v1 reads id, customer_id, total of orders.public.orders via replica</title>");
    }

    @Test
    void pngIsAnImageTwiceTheSizeOfTheSvg() throws Exception {
        var scene = DiagramPainter.paint(DiagramProjection.of(shop, shop.name(), Set.of(), Set.of()), null);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngWriter.write(scene, 2)));
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(scene.width() * 2));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(scene.height() * 2));
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.get(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value);
    }
}
