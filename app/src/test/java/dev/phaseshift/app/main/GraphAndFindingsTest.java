package dev.phaseshift.app.main;

import dev.phaseshift.app.fixtures.DemoEstateCopy;
import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.graph.GraphPicture;
import dev.phaseshift.app.graph.GraphViewModel;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The estate graph loads with the estate; its problems become findings; Show in graph draws around a column. */
class GraphAndFindingsTest {
    @TempDir
    Path dir;

    private final InlineTaskRunner tasks = new InlineTaskRunner();
    private final MainViewModel viewModel = new MainViewModel(tasks, new AppSettings(new InMemorySettingsStore()),
            new RecordingDialogService(), Clock.systemUTC());

    @Test
    void theGraphIsBuiltInTheSameBackgroundLoadAsTheEstate() {
        viewModel.start(List.of());

        assertThat(tasks.titles()).containsExactly("opening the demo estate");
        assertThat(tasks.messages()).contains("building the dependency graph of Acme Shop");
        assertThat(viewModel.graphProperty().get()).isNotNull();
        assertThat(viewModel.graphProperty().get().name()).isEqualTo("Acme Shop");
        assertThat(viewModel.graphProperty().get().proposals()).hasSize(9);
        assertThat(viewModel.findings().findings()).noneMatch(Problem::isError);

        viewModel.closeEstate();
        assertThat(viewModel.graphProperty().get()).isNull();
    }

    @Test
    void estateFileProblemsGoToTheFindingsWithTheirPlaceAndHelp() throws IOException {
        Path file = DemoEstateCopy.into(dir, text -> text.replaceFirst(
                "to: customers\\.public\\.customers\\.id\\n", "to: customers.public.customers.idd\n"));

        viewModel.openEstate(file);

        assertThat(viewModel.estateProperty().get()).isNotNull();
        Problem unknown = viewModel.findings().findings().get(0);
        assertThat(unknown.severity()).isEqualTo(Severity.ERROR);
        assertThat(unknown.code()).isEqualTo("unknown-column");
        assertThat(unknown.message()).contains("\"idd\"");
        assertThat(unknown.help()).contains("did you mean").contains("id");
        assertThat(unknown.location().file()).endsWith("phaseshift.yaml");
        assertThat(unknown.location().line()).isGreaterThan(70);
        assertThat(viewModel.findings().summaryProperty().get()).startsWith("1 error");
        assertThat(viewModel.statusMessageProperty().get()).isEqualTo("Opened Acme Shop with 1 error in the estate file");

        viewModel.openDemoEstate();
        assertThat(viewModel.findings().findings()).noneMatch(Problem::isError);
    }

    @Test
    void showInGraphDrawsTheNeighbourhoodOfTheSelectedColumnThroughTheTaskRunner() {
        viewModel.start(List.of());
        assertThat(viewModel.canShowInGraphBinding().get()).isFalse();
        viewModel.showInGraph();
        assertThat(viewModel.tabs()).doesNotContain(WorkspaceTab.GRAPH);

        viewModel.tree().select(viewModel.tree().find("orders/public/orders/total").orElseThrow());
        assertThat(viewModel.canShowInGraphBinding().get()).isTrue();
        viewModel.showInGraph();

        GraphViewModel graph = viewModel.graph();
        assertThat(viewModel.selectedTabProperty().get()).isEqualTo(WorkspaceTab.GRAPH);
        assertThat(graph.focusIdProperty().get()).isEqualTo("column:orders.public.orders.total");
        assertThat(tasks.titles()).contains("drawing the graph of orders.public.orders.total");
        GraphPicture depth2 = graph.pictureProperty().get();
        assertThat(depth2.summary()).endsWith("depth 2");
        assertThat(graph.messageProperty().get())
                .isEqualTo("changing orders.public.orders.total reaches 4 objects in 2 services");
        assertThat(depth2.scene().elements()).isNotEmpty();

        graph.setDepth(9);
        assertThat(graph.depthProperty().get()).isEqualTo(GraphViewModel.MAX_DEPTH);
        assertThat(graph.pictureProperty().get().summary()).endsWith("depth 4");
        assertThat(graph.pictureProperty().get().scene().elements().size())
                .isGreaterThan(depth2.scene().elements().size());
        graph.setDepth(0);
        assertThat(graph.depthProperty().get()).isEqualTo(GraphViewModel.MIN_DEPTH);

        graph.zoomIn();
        assertThat(graph.zoomProperty().get()).isEqualTo(1.25);
        graph.setZoom(100);
        assertThat(graph.zoomProperty().get()).isEqualTo(GraphViewModel.MAX_ZOOM);
        graph.resetZoom();
        assertThat(graph.zoomProperty().get()).isEqualTo(1);
    }

    @Test
    void theGraphTabForgetsAFocusTheNextEstateDoesNotHave() throws IOException {
        viewModel.start(List.of());
        viewModel.tree().select(viewModel.tree().find("orders/public/orders/total").orElseThrow());
        viewModel.showInGraph();

        viewModel.openEstate(dev.phaseshift.app.fixtures.EstateFiles.valid(dir, "other.yaml", "Other"));

        assertThat(viewModel.graph().focusIdProperty().get()).isNull();
        assertThat(viewModel.graph().pictureProperty().get()).isNull();
        assertThat(viewModel.graph().messageProperty().get()).contains("has no \"orders.public.orders.total\"");
    }
}
