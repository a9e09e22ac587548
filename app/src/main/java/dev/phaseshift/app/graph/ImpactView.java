package dev.phaseshift.app.graph;

import atlantafx.base.theme.Styles;
import dev.phaseshift.app.inspector.ImpactLine;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The side panel: what changing the selected object reaches, each with the path that explains it; objects in
 * other services than the selection are marked, since nothing but this tool sees them.
 */
final class ImpactView extends VBox {
    static final String CROSS_SERVICE = "impact-cross-service";

    ImpactView(GraphViewModel viewModel) {
        setId("graphImpactPanel");
        getStyleClass().add("graph-impact-panel");
        setSpacing(6);
        setPrefWidth(300);
        setMinWidth(220);
        Label title = new Label("Impact");
        title.getStyleClass().add(Styles.TITLE_4);
        Label headline = new Label();
        headline.setId("graphImpactHeadline");
        headline.setWrapText(true);
        headline.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selectionProperty().get() == null
                ? "Click a box to see what its change reaches." : viewModel.selectionProperty().get().headline(),
                viewModel.selectionProperty()));
        ListView<ImpactLine> list = new ListView<>(viewModel.impactLines());
        list.setId("graphImpactList");
        list.setCellFactory(v -> new ImpactCell(viewModel, list));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, headline, list);
    }

    /** One reached object: its name and service, and below it the explanation. */
    private static final class ImpactCell extends ListCell<ImpactLine> {
        private final GraphViewModel viewModel;
        private final ListView<ImpactLine> list;

        ImpactCell(GraphViewModel viewModel, ListView<ImpactLine> list) {
            this.viewModel = viewModel;
            this.list = list;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ImpactLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().remove(CROSS_SERVICE);
            if (empty || line == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label object = new Label(line.object());
            object.getStyleClass().addAll(Styles.TEXT_BOLD, "code");
            Label where = new Label(line.kind() + " · " + line.service() + (line.certain() ? "" : " · uncertain"));
            where.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            HBox head = new HBox(8, where);
            if (viewModel.isCrossService(line)) {
                getStyleClass().add(CROSS_SERVICE);
                Label badge = new Label("other service");
                badge.getStyleClass().addAll(Styles.DANGER, "graph-badge");
                head.getChildren().add(badge);
            }
            Label explanation = new Label(line.explanation());
            explanation.setWrapText(true);
            explanation.setMinHeight(Region.USE_PREF_SIZE);
            explanation.maxWidthProperty().bind(list.widthProperty().subtract(36));
            object.maxWidthProperty().bind(list.widthProperty().subtract(36));
            explanation.getStyleClass().add(Styles.TEXT_SMALL);
            setText(null);
            setGraphic(new VBox(2, object, head, explanation));
        }
    }
}
