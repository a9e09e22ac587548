package dev.phaseshift.app.graph;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.util.Objects;

/** A scene in the app's light theme and stylesheet, for tests that look at views outside the main window. */
final class StyledScene {
    private StyledScene() {
    }

    static Scene of(Parent root, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(
                GraphView.class.getResource("/dev/phaseshift/app/phaseshift.css")).toExternalForm());
        return scene;
    }
}
