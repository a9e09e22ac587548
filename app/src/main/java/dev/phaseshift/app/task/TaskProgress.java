package dev.phaseshift.app.task;

/** What running work can tell its runner. Safe to call from the worker thread. */
public interface TaskProgress {

    void message(String message);

    /** Reports {@code done} of {@code total} units; a negative {@code done} means "cannot tell". */
    void progress(double done, double total);

    boolean isCancelled();
}
