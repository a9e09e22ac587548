package dev.phaseshift.app.task;

import javafx.concurrent.Task;

/** A {@link Task} running one piece of {@link BackgroundWork}, giving the work Task's thread-safe updates. */
final class FxWorkTask<T> extends Task<T> implements TaskProgress {
    private final BackgroundWork<T> work;

    FxWorkTask(String title, BackgroundWork<T> work) {
        this.work = work;
        updateTitle(title);
        updateMessage(title);
        updateProgress(-1, 1);
    }

    @Override
    protected T call() throws Exception {
        return work.run(this);
    }

    @Override
    public void message(String text) {
        updateMessage(text);
    }

    @Override
    public void progress(double done, double total) {
        if (done < 0 || total <= 0) {
            updateProgress(-1, 1);
        } else {
            updateProgress(done, total);
        }
    }
}
