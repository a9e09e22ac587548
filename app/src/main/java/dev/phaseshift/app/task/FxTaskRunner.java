package dev.phaseshift.app.task;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs work as {@link javafx.concurrent.Task}s on daemon worker threads; callbacks and property changes happen on
 * the FX thread, so view models can update their state from them directly. Must be used from the FX thread.
 */
public final class FxTaskRunner implements TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor = Executors.newCachedThreadPool(new WorkerThreads());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final List<Task<?>> active = new ArrayList<>();

    @Override
    public <T> RunningTask run(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
        ensureFxThread();
        FxWorkTask<T> task = new FxWorkTask<>(title, work);
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            finished(task);
            onSuccess.accept(task.getValue());
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            finished(task);
            Throwable error = task.getException();
            onFailure.accept(error == null ? new IllegalStateException(title + " failed") : error);
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> {
            finished(task);
            onFailure.accept(new CancellationException(title + " was cancelled"));
        });
        started(task);
        executor.execute(task);
        return new RunningTask() {
            @Override
            public void cancel() {
                task.cancel(true);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    private void started(Task<?> task) {
        active.add(task);
        follow(task);
    }

    private void finished(Task<?> task) {
        active.remove(task);
        if (active.isEmpty()) {
            progress.unbind();
            message.unbind();
            progress.set(0);
            message.set("");
            running.set(false);
        } else {
            follow(active.get(active.size() - 1));
        }
    }

    /** The status bar shows the newest running task. */
    private void follow(Task<?> task) {
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        running.set(true);
    }

    private static void ensureFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("FxTaskRunner.run must be called on the FX application thread");
        }
    }

    /**
     * Runs {@code action} on the FX thread; the one sanctioned way for code outside a task callback to get
     * there (the application's uncaught-exception handler uses it to report errors from worker threads).
     */
    public static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
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
        List.copyOf(active).forEach(t -> t.cancel(true));
        executor.shutdownNow();
        LOG.debug("task runner shut down");
    }

    /** Daemon threads with readable names, so a stuck load never keeps the JVM alive. */
    private static final class WorkerThreads implements ThreadFactory {
        private final ThreadFactory delegate = Executors.defaultThreadFactory();
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread thread = delegate.newThread(r);
            thread.setName("phaseshift-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
