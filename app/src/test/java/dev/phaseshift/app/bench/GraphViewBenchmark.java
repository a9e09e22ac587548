package dev.phaseshift.app.bench;

import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.graph.GraphView;
import dev.phaseshift.app.graph.GraphViewModel;
import dev.phaseshift.app.graph.ViewportState;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.settings.ColorScheme;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.SyntheticEstate;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Times the Graph tab at scale, headless (Monocle, software rendering, pulses at full speed so that the time
 * between two frames is what a frame costs):
 * <ul>
 *   <li>opening the synthetic 3,000-table estate (18 services) from its files: estate file, snapshots, graph with
 *       inference, tree;</li>
 *   <li>the estate overview: layout, paint and the first rendered frame;</li>
 *   <li>one service of 400 tables (the same generator with 8 services and 3,200 tables): layout, paint, frame;</li>
 *   <li>frame times while an AnimationTimer pans and zooms that service and then the overview, at fit zoom and at
 *       100 %, beside two
 *       floors: an empty window, and one where a small square moves (every changed frame costs that here).</li>
 * </ul>
 * See the README's Benchmarks section for how to run it.
 */
public final class GraphViewBenchmark {
    private static final int FRAMES = 240;
    private static final int RUNS = 5;

    private GraphViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("javafx.animation.fullspeed", "true");
        System.setProperty("headless.geometry", "1600x1000-32");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        // windows are hidden between measurements; the toolkit must outlive the moments when none is shown
        Platform.setImplicitExit(false);
        System.out.printf("renderer: %s (Monocle headless), %d cores%n",
                System.getProperty("prism.order"), Runtime.getRuntime().availableProcessors());

        Path dir = Files.createTempDirectory("phaseshift-graph-bench");
        Path estateFile = SyntheticEstateFiles.write(SyntheticEstate.generate(18, 3000, 42), dir);
        double[] open = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            open[i] = fx(() -> {
                MainViewModel main = new MainViewModel(new InlineTaskRunner(),
                        new AppSettings(new InMemorySettingsStore()), new RecordingDialogService(), Clock.systemUTC());
                long start = System.nanoTime();
                main.openEstate(estateFile);
                double ms = (System.nanoTime() - start) / 1e6;
                if (main.graphProperty().get() == null) {
                    throw new IllegalStateException("the estate did not open");
                }
                return ms;
            });
        }
        report("open the 3,000-table estate (files → graph → tree)", open);

        EstateGraph estate3000 = EstateGraph.of(SyntheticEstate.generate(18, 3000, 42));
        Bench overview = new Bench(estate3000);
        report("overview of the 3,000-table estate: layout + paint + first frame",
                overview.timeFirstFrame(GraphViewModel::showOverview));

        // Monocle's headless screen composes every shown window into its frame buffer on every frame, so a
        // window left open would cost each later frame as much again: one window at a time, as a user has
        overview.show(false);

        EstateGraph estate3200 = EstateGraph.of(SyntheticEstate.generate(8, 3200, 42));
        Bench service = new Bench(estate3200);
        report("400-table service: layout + paint + first frame",
                service.timeFirstFrame(vm -> vm.showService("service:svc00")));
        System.out.printf("  %d boxes, %d scene elements%n",
                service.viewModel.pictureProperty().get().diagram().boxes().size(),
                service.viewModel.pictureProperty().get().scene().elements().size());

        service.show(false);
        frames("baseline: frames of an empty window (what this machine gives)", windowFrames(false));
        frames("baseline: a 4 px square moves each frame (headless screen's floor)", windowFrames(true));
        panAndZoom(service, "400-table service");
        panAndZoom(overview, "overview of the 3,000-table estate");
        Platform.exit();
    }

    /** Shows the bench's window, pans and zooms its picture at fit zoom and then at 100 %, and hides it again. */
    private static void panAndZoom(Bench bench, String what) throws Exception {
        bench.show(true);
        fx(() -> {
            bench.viewModel.fit();
            return null;
        });
        frames("pan, " + what + " at fit zoom", bench.frameTimes(v -> v.panBy(3, 2)));
        frames("zoom, " + what + " at fit zoom", bench.frameTimes(zoomer()));
        fx(() -> {
            bench.viewModel.resetZoom();
            return null;
        });
        frames("pan, " + what + " at 100 %", bench.frameTimes(v -> v.panBy(-6, -4)));
        frames("zoom, " + what + " from 100 %", bench.frameTimes(zoomer()));
        bench.show(false);
    }

    /**
     * Frame times of a window of the benchmark's size with nothing to draw (what the machine's load leaves), or
     * with a 4 px square that moves each frame: a frame that changes anything hands the whole window to the
     * headless screen, which composes it pixel by pixel; no picture can be drawn faster than that here.
     */
    private static double[] windowFrames(boolean moving) throws Exception {
        Rectangle square = new Rectangle(4, 4);
        Stage stage = fx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new Pane(square), 1400, 860));
            s.show();
            return s;
        });
        double[] times = frameTimes(moving ? () -> square.setTranslateX((square.getTranslateX() + 1) % 100) : () -> { });
        fx(() -> {
            stage.hide();
            return null;
        });
        return times;
    }

    /**
     * Runs {@link #FRAMES} frames, doing {@code step} before each; the time between frames, in ms. Also prints the
     * CPU time the FX and render threads spent per frame, which other processes on the machine do not inflate.
     */
    private static double[] frameTimes(Runnable step) throws Exception {
        double cpu = toolkitCpuMillis();
        double[] times = timedFrames(step);
        System.out.printf(Locale.ROOT, "  (FX and render threads: %.1f ms of CPU per frame)%n",
                (toolkitCpuMillis() - cpu) / FRAMES);
        return times;
    }

    /** CPU time so far of JavaFX's application thread (Monocle calls it "Event Thread") and render thread. */
    private static double toolkitCpuMillis() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double ms = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName();
            if (name.equals("Event Thread") || name.startsWith("JavaFX Application") || name.startsWith("QuantumRenderer")) {
                ms += threads.getThreadCpuTime(t.getId()) / 1e6;
            }
        }
        return ms;
    }

    private static double[] timedFrames(Runnable step) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            private final List<Double> times = new ArrayList<>();
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    times.add((now - last) / 1e6);
                }
                last = now;
                if (times.size() >= FRAMES) {
                    stop();
                    done.complete(times.stream().mapToDouble(Double::doubleValue).toArray());
                    return;
                }
                step.run();
            }
        }.start());
        return done.get();
    }

    /** Zooms in for half the frames and out for the other half, at the middle of the viewport. */
    private static Consumer<ViewportState> zoomer() {
        int[] frame = {0};
        return v -> v.zoomAt(frame[0]++ % FRAMES < FRAMES / 2 ? 1.01 : 1 / 1.01, v.width() / 2, v.height() / 2);
    }

    private static final class Bench {
        final EstateGraph graph;
        final GraphViewModel viewModel;
        final Stage stage;

        Bench(EstateGraph graph) throws Exception {
            this.graph = graph;
            viewModel = new GraphViewModel(new InlineTaskRunner(), new SimpleObjectProperty<>(graph),
                    new SimpleObjectProperty<>(ColorScheme.LIGHT));
            stage = fx(() -> {
                Stage s = new Stage();
                s.setScene(new Scene(new GraphView(viewModel), 1400, 860));
                s.show();
                return s;
            });
        }

        /** Shows or hides this benchmark's window. */
        void show(boolean shown) throws Exception {
            fx(() -> {
                if (shown) {
                    stage.show();
                } else {
                    stage.hide();
                }
                return null;
            });
        }

        /** From the request to the first frame on screen (a snapshot waits for the render), best of the runs. */
        double[] timeFirstFrame(Consumer<GraphViewModel> show) throws Exception {
            double[] times = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                // a fresh view model each run: the cache would answer otherwise
                GraphViewModel fresh = i == 0 ? viewModel : null;
                times[i] = fx(() -> {
                    long start = System.nanoTime();
                    GraphViewModel vm = fresh != null ? fresh : rebuild();
                    show.accept(vm);
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                    stage.getScene().snapshot(null);
                    return (System.nanoTime() - start) / 1e6;
                });
            }
            fx(() -> {
                show.accept(viewModel);
                stage.getScene().setRoot(new GraphView(viewModel));
                return null;
            });
            return times;
        }

        private GraphViewModel rebuild() {
            GraphViewModel vm = new GraphViewModel(new InlineTaskRunner(), new SimpleObjectProperty<>(graph),
                    new SimpleObjectProperty<>(ColorScheme.LIGHT));
            stage.getScene().setRoot(new GraphView(vm));
            return vm;
        }

        /** Runs {@link #FRAMES} frames, changing the viewport before each; the time between frames, in ms. */
        double[] frameTimes(Consumer<ViewportState> step) throws Exception {
            return GraphViewBenchmark.frameTimes(() -> step.accept(viewModel.viewport()));
        }
    }

    private interface FxWork<T> {
        T run() throws Exception;
    }

    private static <T> T fx(FxWork<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.run());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get();
    }

    /** The first run (cold: classes loading, nothing compiled yet), then median and best of the others. */
    private static void report(String what, double[] ms) {
        double[] warm = Arrays.copyOfRange(ms, 1, ms.length);
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "%-66s first %7.1f ms   then median %7.1f ms, best %7.1f ms%n", what,
                ms[0], warm[warm.length / 2], warm[0]);
    }

    private static void frames(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-66s median %6.2f ms   p99 %6.2f ms   max %6.2f ms  (%d frames)%n", what,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.99) - 1],
                sorted[sorted.length - 1], sorted.length);
    }
}
