package dev.phaseshift.app.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import java.util.function.Consumer;

/**
 * Runs work off the caller's thread and reports its outcome back where the caller can update its state.
 * The properties describe the most recently started task that is still running, for a status bar.
 */
public interface TaskRunner {

    /**
     * Starts {@code work}. Exactly one of {@code onSuccess} and {@code onFailure} is called, on the thread the
     * view models live on; a cancelled task fails with a {@link java.util.concurrent.CancellationException}.
     *
     * @param title what the task does, shown while it runs ("opening estate ...")
     */
    <T> RunningTask run(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure);

    /** Whether any task is running. */
    ReadOnlyBooleanProperty runningProperty();

    /** Progress of the current task from 0 to 1, or -1 while it cannot tell. */
    ReadOnlyDoubleProperty progressProperty();

    /** What the current task is doing; empty when idle. */
    ReadOnlyStringProperty messageProperty();

    /** Cancels what is running and refuses new work; called when the application stops. */
    void shutdown();
}
