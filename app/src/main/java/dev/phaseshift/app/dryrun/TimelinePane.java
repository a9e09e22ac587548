package dev.phaseshift.app.dryrun;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * Draws a {@link DryRunTimeline}: phases as shaded bands, a lane per service, steps as numbered bars, and under
 * each bar the locks it held, red where writers wait and green where they pass (as in the HTML report).
 */
final class TimelinePane extends Pane {
    private static final double LEFT = 120;
    private static final double RIGHT = 16;
    private static final double TOP = 24;
    private static final double LANE = 46;
    private static final double BOTTOM = 10;

    private DryRunTimeline timeline = DryRunTimeline.EMPTY;

    TimelinePane() {
        getStyleClass().add("dry-run-timeline");
        setMinHeight(TOP + LANE + BOTTOM);
        widthProperty().addListener((obs, old, now) -> draw());
    }

    void show(DryRunTimeline value) {
        timeline = value;
        setPrefHeight(TOP + Math.max(1, value.lanes().size()) * LANE + BOTTOM);
        draw();
    }

    private void draw() {
        getChildren().clear();
        double width = Math.max(200, getWidth()) - LEFT - RIGHT;
        if (timeline.bars().isEmpty()) {
            Label none = new Label("The timeline appears when a dry-run has run.");
            none.getStyleClass().add("timeline-empty");
            none.relocate(LEFT, TOP);
            getChildren().add(none);
            return;
        }
        double bottom = TOP + timeline.lanes().size() * LANE;
        for (DryRunTimeline.PhaseBand band : timeline.phases()) {
            Rectangle shade = new Rectangle(LEFT + band.start() * width, 4, Math.max(2, band.width() * width),
                    bottom - 4);
            shade.getStyleClass().add("timeline-phase");
            Text name = new Text(LEFT + band.start() * width + 4, 16, band.phaseId());
            name.getStyleClass().add("timeline-phase-label");
            getChildren().addAll(shade, name);
        }
        for (int i = 0; i < timeline.lanes().size(); i++) {
            double y = TOP + i * LANE;
            Line rule = new Line(0, y + LANE, LEFT + width + RIGHT, y + LANE);
            rule.getStyleClass().add("timeline-lane");
            Text lane = new Text(8, y + 22, timeline.lanes().get(i));
            lane.getStyleClass().add("timeline-lane-label");
            getChildren().addAll(rule, lane);
        }
        for (TimelineBar bar : timeline.bars()) {
            double y = TOP + bar.lane() * LANE;
            double x = LEFT + bar.start() * width;
            double w = Math.max(3, bar.width() * width);
            Rectangle rect = new Rectangle(x, y + 8, w, 18);
            rect.setArcWidth(4);
            rect.setArcHeight(4);
            rect.getStyleClass().addAll("timeline-step", bar.failed() ? "failed" : "ok");
            Tooltip.install(rect, new Tooltip("#" + bar.number() + " " + bar.stepId() + " (" + bar.phaseId() + ")"));
            getChildren().add(rect);
            if (w > 16) {
                Text number = new Text(x + 4, y + 21, Integer.toString(bar.number()));
                number.getStyleClass().add("timeline-step-label");
                getChildren().add(number);
            }
            for (TimelineBar.LockSpan lock : bar.locks()) {
                Rectangle span = new Rectangle(LEFT + lock.start() * width, y + 30, Math.max(2, lock.width() * width),
                        7);
                span.getStyleClass().addAll("timeline-lock", lock.blocksWrites() ? "blocks" : "passes");
                Tooltip.install(span, new Tooltip(lock.mode() + " on " + lock.relation()
                        + (lock.blocksWrites() ? ": writers wait" : ": writes pass")
                        + (lock.granted() ? "" : " (waited for it)")));
                getChildren().add(span);
            }
        }
    }
}
