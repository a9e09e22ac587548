package dev.phaseshift.app;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Measures start-up as a user sees it: with {@code -Dphaseshift.startupProbe=print} (or {@code =exit}, which then
 * quits) the app prints how long after the process started the first frame with an estate was painted. The
 * start-up benchmark and the packaging's CDS training run use it; without the property nothing is watched.
 *
 * <p>"Painted" is the second pulse after the estate arrives: the first lays the estate's views out and hands the
 * frame to the render thread, which has finished it before the next pulse begins.
 */
final class StartupProbe {
    static final String PROPERTY = "phaseshift.startupProbe";

    private final boolean exit;
    private final PrintStream out;
    private final Instant processStart;

    StartupProbe(boolean exit, PrintStream out, Instant processStart) {
        this.exit = exit;
        this.out = out;
        this.processStart = processStart;
    }

    /** The probe the system property asks for, if any. */
    static Optional<StartupProbe> fromSystemProperty() {
        String mode = System.getProperty(PROPERTY);
        if (mode == null || mode.isBlank()) {
            return Optional.empty();
        }
        Instant start = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
        return Optional.of(new StartupProbe("exit".equals(mode.strip()), System.out, start));
    }

    /** Reports once, when {@code estate} first has a value and the frame showing it is painted. */
    void watch(Scene scene, ObservableValue<?> estate, Runnable quit) {
        ChangeListener<Object> listener = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<?> observable, Object old, Object now) {
                if (now != null) {
                    estate.removeListener(this);
                    afterPulses(scene, 2, () -> report(quit));
                }
            }
        };
        estate.addListener(listener);
    }

    private static void afterPulses(Scene scene, int pulses, Runnable then) {
        Runnable[] self = new Runnable[1];
        int[] left = {pulses};
        self[0] = () -> {
            if (--left[0] == 0) {
                scene.removePostLayoutPulseListener(self[0]);
                then.run();
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }

    private void report(Runnable quit) {
        long ms = Duration.between(processStart, Instant.now()).toMillis();
        out.printf(Locale.ROOT, "phaseshift startup: estate painted %d ms after the process started%n", ms);
        out.flush();
        if (exit) {
            quit.run();
        }
    }
}
