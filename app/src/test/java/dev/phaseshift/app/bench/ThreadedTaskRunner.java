package dev.phaseshift.app.bench;

import dev.phaseshift.app.task.BackgroundWork;
import dev.phaseshift.app.task.RunningTask;
import dev.phaseshift.app.task.TaskProgress;
import dev.phaseshift.app.task.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A task runner like the app's, without the toolkit: work on a worker pool, callbacks on one "UI" thread (the
 * executor the benchmark drives the view model from), cancellation by interrupt.
 */
final class ThreadedTaskRunner implements TaskRunner {
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bench-worker");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService ui;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    ThreadedTaskRunner(ExecutorService ui) {
        this.ui = ui;
    }

    @Override
    public <T> RunningTask run(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
        Future<?>[] self = new Future<?>[1];
        Future<?> future = workers.submit(() -> {
            T value;
            try {
                value = work.run(new TaskProgress() {
                    @Override
                    public void message(String text) {
                        // not shown
                    }

                    @Override
                    public void progress(double done, double total) {
                        // not shown
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || self[0] != null && self[0].isCancelled();
                    }
                });
            } catch (Exception e) {
                ui.execute(() -> onFailure.accept(e instanceof InterruptedException
                        ? new CancellationException(title) : e));
                return;
            }
            ui.execute(() -> onSuccess.accept(value));
        });
        self[0] = future;
        return new RunningTask() {
            @Override
            public void cancel() {
                future.cancel(true);
            }

            @Override
            public boolean isDone() {
                return future.isDone();
            }
        };
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void shutdown() {
        workers.shutdownNow();
    }
}
