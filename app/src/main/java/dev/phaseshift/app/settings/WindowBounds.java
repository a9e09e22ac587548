package dev.phaseshift.app.settings;

import java.util.List;

/**
 * Where the main window was: its normal (not maximized) bounds and whether it was maximized.
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    /** How much of the window's top edge must be on a screen for the user to be able to grab it. */
    private static final double GRAB_WIDTH = 80;
    private static final double GRAB_HEIGHT = 24;

    public WindowBounds {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("window size must be positive, was " + width + "x" + height);
        }
    }

    /**
     * Whether the window could be seen and moved on one of {@code screens}: a strip of its title bar lies on a
     * screen. A position saved with a monitor that is now unplugged fails this and should be ignored.
     */
    public boolean isVisibleOn(List<ScreenArea> screens) {
        for (ScreenArea s : screens) {
            double overlapX = Math.min(x + width, s.x() + s.width()) - Math.max(x, s.x());
            double top = Math.max(y, s.y());
            double bottom = Math.min(y + GRAB_HEIGHT, s.y() + s.height());
            if (overlapX >= Math.min(GRAB_WIDTH, width) && bottom - top >= Math.min(GRAB_HEIGHT, height) / 2) {
                return true;
            }
        }
        return false;
    }
}
