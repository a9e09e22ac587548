package dev.phaseshift.app.graph;

import dev.phaseshift.graph.DependencyKind;
import dev.phaseshift.graph.layout.DiagramPainter;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

/** The legend of edge kinds, each with its colour and a check box that shows or hides its links. */
final class KindTogglesView extends FlowPane {
    KindTogglesView(GraphViewModel viewModel) {
        super(12, 4);
        setId("graphKinds");
        getStyleClass().add("graph-kinds");
        for (DependencyKind kind : GraphViewModel.DRAWN_KINDS) {
            Line sample = new Line(0, 0, 22, 0);
            sample.setStroke(Color.web(DiagramPainter.colour(kind)));
            sample.setStrokeWidth(3);
            if (kind == DependencyKind.INFERRED_REFERENCE) {
                sample.getStrokeDashArray().addAll(6.0, 4.0);
            }
            CheckBox box = new CheckBox(kind.id().replace('_', ' '));
            box.setGraphic(sample);
            box.setId("graphKind-" + kind.id());
            box.setSelected(viewModel.isKindShown(kind));
            box.selectedProperty().addListener((obs, old, now) -> viewModel.setKindShown(kind, now));
            getChildren().add(box);
        }
    }
}
