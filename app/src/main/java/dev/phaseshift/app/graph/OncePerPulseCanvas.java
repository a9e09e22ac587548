package dev.phaseshift.app.graph;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Paints a canvas (or the region holding it) at most once per pulse, before the pulse lays out, however many
 * changes asked for it since the last: a pan changes two properties and a zoom three, and each would otherwise
 * paint (and the canvas would rasterise every one of those paints). Unlike requestLayout this leaves the rest of
 * the window alone.
 */
final class OncePerPulseCanvas {
    private final Node node;
    private final Runnable paint;
    private final Runnable beforeLayout = this::runIfAsked;
    private boolean asked = true;
    private boolean scheduled;

    OncePerPulseCanvas(Node node, Runnable paint) {
        this.node = node;
        this.paint = paint;
        node.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(beforeLayout);
            }
            scheduled = false;
            request();
        });
    }

    /** Asks for a paint before the next pulse's layout. */
    void request() {
        asked = true;
        Scene scene = node.getScene();
        if (scene != null && !scheduled) {
            scheduled = true;
            scene.addPreLayoutPulseListener(beforeLayout);
            Platform.requestNextPulse();
        }
    }

    /** Paints now if a paint was asked for and has not run yet. */
    void runIfAsked() {
        if (node.getScene() != null) {
            node.getScene().removePreLayoutPulseListener(beforeLayout);
        }
        scheduled = false;
        if (asked) {
            asked = false;
            paint.run();
        }
    }
}
