package dev.phaseshift.app.main;

import dev.phaseshift.app.settings.ScreenArea;
import dev.phaseshift.app.settings.WindowBounds;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.List;
import java.util.Optional;

/**
 * Puts the main window where it was last time, unless that place is off every screen now, and keeps track of its
 * normal (not maximized) bounds so they can be saved when it closes maximized.
 */
public final class WindowPlacement {
    static final double DEFAULT_WIDTH = 1400;
    static final double DEFAULT_HEIGHT = 900;

    private final Stage stage;
    private double x;
    private double y;
    private double width;
    private double height;

    private WindowPlacement(Stage stage) {
        this.stage = stage;
    }

    /** Places {@code stage} from {@code saved} or at a sensible default, and starts tracking it. */
    public static WindowPlacement restore(Stage stage, Optional<WindowBounds> saved) {
        List<ScreenArea> screens = Screen.getScreens().stream()
                .map(Screen::getVisualBounds)
                .map(b -> new ScreenArea(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()))
                .toList();
        Optional<WindowBounds> usable = saved.filter(b -> b.isVisibleOn(screens));
        if (usable.isPresent()) {
            WindowBounds b = usable.get();
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        } else {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            double w = Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.95);
            double h = Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.95);
            stage.setWidth(w);
            stage.setHeight(h);
            stage.setX(screen.getMinX() + (screen.getWidth() - w) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - h) / 2);
        }
        WindowPlacement placement = new WindowPlacement(stage);
        placement.track();
        return placement;
    }

    /** Where the window is: its normal bounds and whether it is maximized. */
    public WindowBounds current() {
        return new WindowBounds(x, y, Math.max(width, 200), Math.max(height, 150), stage.isMaximized());
    }

    private void track() {
        remember();
        stage.xProperty().addListener((obs, old, now) -> remember());
        stage.yProperty().addListener((obs, old, now) -> remember());
        stage.widthProperty().addListener((obs, old, now) -> remember());
        stage.heightProperty().addListener((obs, old, now) -> remember());
    }

    private void remember() {
        if (stage.isMaximized() || stage.isIconified() || stage.isFullScreen()) {
            return;
        }
        if (Double.isNaN(stage.getX()) || Double.isNaN(stage.getWidth())) {
            return;
        }
        x = stage.getX();
        y = stage.getY();
        width = stage.getWidth();
        height = stage.getHeight();
    }
}
