package dev.phaseshift.app.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs work at once on the caller's thread, so view-model tests see the outcome when the command returns.
 * Remembers the titles it ran and the messages the work reported, for assertions.
 */
public final class InlineTaskRunner implements TaskRunner {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final List<String> titles = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private boolean shutDown;

    @Override
    public <T> RunningTask run(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
        if (shutDown) {
            throw new IllegalStateException("the task runner is shut down");
        }
        titles.add(title);
        running.set(true);
        message.set(title);
        progress.set(-1);
        T value;
        try {
            value = work.run(new TaskProgress() {
                @Override
                public void message(String text) {
                    messages.add(text);
                    message.set(text);
                }

                @Override
                public void progress(double done, double total) {
                    progress.set(done < 0 || total <= 0 ? -1 : done / total);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            idle();
            onFailure.accept(e);
            return DONE;
        }
        idle();
        onSuccess.accept(value);
        return DONE;
    }

    private void idle() {
        running.set(false);
        message.set("");
        progress.set(0);
    }

    /** The titles of the tasks run so far, in order. */
    public List<String> titles() {
        return List.copyOf(titles);
    }

    /** The messages the work reported so far, in order. */
    public List<String> messages() {
        return List.copyOf(messages);
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
        shutDown = true;
    }

    private static final RunningTask DONE = new RunningTask() {
        @Override
        public void cancel() {
            // already finished: nothing to stop
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };
}
