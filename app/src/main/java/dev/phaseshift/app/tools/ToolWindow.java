package dev.phaseshift.app.tools;

import dev.phaseshift.app.PhaseshiftApp;
import dev.phaseshift.app.settings.ColorScheme;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.Objects;

/** A window of its own for one tool, with the application's stylesheets and theme, owned by the main window. */
public final class ToolWindow {
    static final String APP_STYLESHEET = "/dev/phaseshift/app/phaseshift.css";
    static final String TOOLS_STYLESHEET = "/dev/phaseshift/app/tools/plan-tools.css";

    private ToolWindow() {
    }

    /** Shows {@code content} in a new window and returns it; the theme follows {@code scheme}. */
    public static Stage show(Window owner, String title, Parent content, double width, double height,
                             ObservableValue<ColorScheme> scheme) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        stage.setScene(scene(content, width, height));
        if (scheme != null) {
            content.pseudoClassStateChanged(PhaseshiftApp.DARK, scheme.getValue() == ColorScheme.DARK);
            scheme.addListener((obs, old, now) -> content.pseudoClassStateChanged(PhaseshiftApp.DARK,
                    now == ColorScheme.DARK));
        }
        stage.show();
        return stage;
    }

    /** A scene with the application's and the tools' stylesheets, for windows and headless screenshots. */
    public static Scene scene(Parent content, double width, double height) {
        Scene scene = new Scene(content, width, height);
        scene.getStylesheets().addAll(resource(APP_STYLESHEET), resource(TOOLS_STYLESHEET));
        return scene;
    }

    private static String resource(String name) {
        return Objects.requireNonNull(ToolWindow.class.getResource(name), name).toExternalForm();
    }
}
