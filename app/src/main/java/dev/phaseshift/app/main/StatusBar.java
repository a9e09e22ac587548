package dev.phaseshift.app.main;

import atlantafx.base.theme.Styles;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The status bar: the current message, the running task's progress and the open estate's totals. */
final class StatusBar extends HBox {

    StatusBar(MainViewModel viewModel) {
        setId("statusBar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);

        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(viewModel.statusMessageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setId("statusProgress");
        progress.getStyleClass().add(Styles.SMALL);
        progress.setPrefWidth(140);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(viewModel.busyProperty());

        Separator separator = new Separator(Orientation.VERTICAL);
        separator.visibleProperty().bind(viewModel.estateOpenBinding());

        Label totals = new Label();
        totals.setId("statusTotals");
        totals.setGraphic(new FontIcon(Material2AL.ACCOUNT_TREE));
        totals.textProperty().bind(viewModel.estateSummaryProperty());
        totals.visibleProperty().bind(viewModel.estateOpenBinding());

        getChildren().addAll(message, progress, separator, totals);
    }
}
