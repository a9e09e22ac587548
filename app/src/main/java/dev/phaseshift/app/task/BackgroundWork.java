package dev.phaseshift.app.task;

/** A piece of work for a {@link TaskRunner}; it may report progress and should stop early when cancelled. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(TaskProgress progress) throws Exception;
}
