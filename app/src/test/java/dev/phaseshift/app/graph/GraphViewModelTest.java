package dev.phaseshift.app.graph;

import dev.phaseshift.app.inspector.ImpactLine;
import dev.phaseshift.app.references.ReferenceLine;
import dev.phaseshift.app.settings.ColorScheme;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.graph.DependencyKind;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.layout.DiagramBox;
import dev.phaseshift.graph.layout.DiagramLink;
import dev.phaseshift.graph.layout.DiagramRow;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Graph tab without the toolkit: the three ways in, toggles, expansion, selection, search, proposals, export. */
class GraphViewModelTest {
    @TempDir
    Path dir;

    private final InlineTaskRunner tasks = new InlineTaskRunner();
    private final EstateGraph demo = EstateGraph.of(DemoEstate.load());
    private final SimpleObjectProperty<EstateGraph> graph = new SimpleObjectProperty<>(demo);
    private final GraphViewModel viewModel = new GraphViewModel(tasks, graph, new SimpleObjectProperty<>(ColorScheme.LIGHT));

    private DiagramBox box(String id) {
        return viewModel.pictureProperty().get().diagram().boxes().stream().filter(b -> b.id().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void theOverviewHasOneBoxPerServiceAndCountsTheDependenciesBetweenThemPerKind() {
        viewModel.showOverview();

        GraphPicture overview = viewModel.pictureProperty().get();
        assertThat(overview.diagram().boxes()).extracting(DiagramBox::id).containsExactlyInAnyOrder(
                "service:billing", "service:catalog", "service:customers", "service:inventory", "service:notifications",
                "service:orders", "service:shipping");
        DiagramBox orders = box("service:orders");
        String declared = OverviewProjection.rowId("service:orders", "service:customers", DependencyKind.DECLARED_REFERENCE);
        assertThat(orders.rows()).extracting(DiagramRow::id).contains(declared);
        DiagramRow row = orders.rows().stream().filter(r -> r.id().equals(declared)).findFirst().orElseThrow();
        assertThat(row.name()).isEqualTo("→ customers");
        assertThat(row.detail()).matches("\\d+ declared references?");
        assertThat(overview.diagram().links()).anyMatch(l -> l.fromBox().equals("service:billing")
                && l.toBox().equals("service:orders") && l.kind() == DependencyKind.CONSUMER_READ);

        viewModel.activate("service:orders");

        assertThat(viewModel.modeProperty().get()).isEqualTo(GraphMode.SERVICE);
        GraphPicture service = viewModel.pictureProperty().get();
        assertThat(service.diagram().clusters()).extracting(c -> c.title()).containsExactly("public");
        assertThat(service.diagram().boxes()).extracting(DiagramBox::id).contains("table:orders.public.orders")
                .allMatch(id -> id.contains(":orders."));
    }

    @Test
    void aTableExpandsToAllItsColumnsOnDemandAndKindsCanBeSwitchedOff() {
        viewModel.showService("service:orders");
        int keysOnly = box("table:orders.public.orders").rows().size();
        assertThat(box("table:orders.public.orders").hiddenRows()).isPositive();

        viewModel.activate("table:orders.public.orders");

        assertThat(box("table:orders.public.orders").hiddenRows()).isZero();
        assertThat(box("table:orders.public.orders").rows().size()).isGreaterThan(keysOnly)
                .extracting(n -> n).isNotNull();
        assertThat(box("table:orders.public.orders").rows()).extracting(DiagramRow::name).contains("total", "status");

        assertThat(viewModel.pictureProperty().get().diagram().links()).anyMatch(l -> l.kind() == DependencyKind.FOREIGN_KEY);
        viewModel.setKindShown(DependencyKind.FOREIGN_KEY, false);
        assertThat(viewModel.pictureProperty().get().diagram().links()).noneMatch(l -> l.kind() == DependencyKind.FOREIGN_KEY);
        assertThat(viewModel.isKindShown(DependencyKind.FOREIGN_KEY)).isFalse();
    }

    @Test
    void picturesAreCachedPerRequestAndDroppedWhenTheEstateIsReadAgain() {
        viewModel.showService("service:orders");
        GraphPicture first = viewModel.pictureProperty().get();
        viewModel.setKindShown(DependencyKind.VIEW_READ, false);
        viewModel.setKindShown(DependencyKind.VIEW_READ, true);
        int drawn = tasks.titles().size();

        assertThat(viewModel.pictureProperty().get()).isSameAs(first);
        assertThat(drawn).isEqualTo(2);

        graph.set(EstateGraph.of(DemoEstate.load()));
        assertThat(tasks.titles()).hasSize(3);
        assertThat(viewModel.pictureProperty().get()).isNotSameAs(first);
    }

    @Test
    void theNeighbourhoodOfAColumnSelectsItAndListsItsImpactWithTheCrossServiceConsumersMarked() {
        viewModel.focus("column:orders.public.orders.total");

        assertThat(viewModel.selectionProperty().get().selected()).isEqualTo("column:orders.public.orders.total");
        List<ImpactLine> lines = viewModel.impactLines();
        assertThat(lines).extracting(ImpactLine::object).contains("billing v1", "orders.public.order_summaries");
        ImpactLine billing = lines.stream().filter(l -> l.object().equals("billing v1")).findFirst().orElseThrow();
        assertThat(billing.explanation()).isEqualTo("billing v1 reads orders.public.orders.total via replica");
        assertThat(viewModel.isCrossService(billing)).isTrue();
        assertThat(viewModel.isCrossService(lines.stream().filter(l -> l.object().equals("orders.public.order_summaries"))
                .findFirst().orElseThrow())).isFalse();
        assertThat(viewModel.selectionProperty().get().boxes()).contains("consumer:billing@v1");

        viewModel.select("table:customers.public.customers");
        assertThat(viewModel.selectionProperty().get().headline()).startsWith("changing customers.public.customers reaches");
    }

    @Test
    void searchFindsAShownBoxSelectsItAndBringsItIntoTheViewportAtAReadableZoom() {
        viewModel.viewport().resize(800, 600);
        viewModel.showService("service:orders");

        assertThat(viewModel.search("ORDER_ITEMS")).isTrue();
        assertThat(viewModel.searchHitProperty().get()).isEqualTo("table:orders.public.order_items");
        assertThat(viewModel.selectionProperty().get().selected()).isEqualTo("table:orders.public.order_items");
        var r = viewModel.pictureProperty().get().layout().boxes().get("table:orders.public.order_items");
        ViewportState v = viewModel.viewport();
        double z = v.zoom().get();
        assertThat(r.x() * z + v.offsetX().get()).isBetween(0.0, 800.0);
        assertThat(r.y() * z + v.offsetY().get()).isBetween(0.0, 600.0);
        assertThat(z).isGreaterThanOrEqualTo(GraphViewModel.READABLE_ZOOM);

        assertThat(viewModel.search("no_such_table")).isFalse();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Nothing shown is named \"no_such_table\"");
    }

    @Test
    void zoomingAtAPointKeepsThatPointOfThePictureUnderThePointer() {
        viewModel.viewport().resize(800, 600);
        viewModel.showService("service:orders");
        ViewportState v = viewModel.viewport();
        double sceneX = (300 - v.offsetX().get()) / v.zoom().get();

        v.zoomAt(2, 300, 200);

        assertThat(sceneX * v.zoom().get() + v.offsetX().get()).isCloseTo(300, org.assertj.core.data.Offset.offset(1e-6));
        v.panBy(-50, 10);
        assertThat(sceneX * v.zoom().get() + v.offsetX().get()).isCloseTo(250, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aProposedReferenceInThePictureCanBeAcceptedOrRejectedFromIt() {
        List<ReferenceLine> accepted = new ArrayList<>();
        List<ReferenceLine> rejected = new ArrayList<>();
        viewModel.decideReferencesWith(new ReferenceDecisions(accepted::add, rejected::add));
        viewModel.showService("service:billing");
        viewModel.focus("column:billing.public.refunds.return_id");

        DiagramLink proposal = viewModel.pictureProperty().get().diagram().links().stream()
                .filter(l -> l.kind() == DependencyKind.INFERRED_REFERENCE && l.proposed()).findFirst().orElseThrow();
        ReferenceLine line = viewModel.proposalOf(proposal).orElseThrow();
        assertThat(line.from()).isEqualTo("billing.public.refunds.return_id");
        assertThat(line.confidence()).isBetween(0.5, 1.0);
        viewModel.accept(line);
        viewModel.reject(line);

        assertThat(accepted).containsExactly(line);
        assertThat(rejected).containsExactly(line);
        DiagramLink foreignKey = viewModel.pictureProperty().get().diagram().links().stream()
                .filter(l -> l.kind() == DependencyKind.FOREIGN_KEY).findFirst().orElseThrow();
        assertThat(viewModel.proposalOf(foreignKey)).isEmpty();
    }

    @Test
    void exportWritesWhatIsShownAsAValidPngAndAnSvg() throws IOException {
        viewModel.focus("column:orders.public.orders.total");
        Path png = dir.resolve("total.png");
        Path svg = dir.resolve("total.svg");

        viewModel.export(png);
        viewModel.export(svg);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(viewModel.pictureProperty().get().scene().width() * 2));
        String text = Files.readString(svg);
        assertThat(text).contains("<svg").contains("billing v1").contains("orders");
        assertThat(viewModel.messageProperty().get()).isEqualTo("Exported the graph to " + svg);
    }
}
