package dev.phaseshift.app.task;

/** A handle on started work. */
public interface RunningTask {

    /** Asks the work to stop; its failure callback then receives a cancellation. */
    void cancel();

    boolean isDone();
}
