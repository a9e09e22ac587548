package dev.phaseshift.app.task;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InlineTaskRunnerTest {
    private final InlineTaskRunner runner = new InlineTaskRunner();
    private final List<Object> outcomes = new ArrayList<>();

    @Test
    void runsWorkAtOnceAndHandsOverItsResult() {
        RunningTask task = runner.run("counting", progress -> {
            progress.message("counting to three");
            progress.progress(3, 3);
            return 3;
        }, outcomes::add, outcomes::add);

        assertThat(outcomes).containsExactly(3);
        assertThat(task.isDone()).isTrue();
        assertThat(runner.titles()).containsExactly("counting");
        assertThat(runner.messages()).containsExactly("counting to three");
        assertThat(runner.runningProperty().get()).isFalse();
    }

    @Test
    void aFailureGoesToTheFailureCallback() {
        IllegalStateException boom = new IllegalStateException("boom");

        runner.run("failing", progress -> {
            throw boom;
        }, outcomes::add, outcomes::add);

        assertThat(outcomes).containsExactly(boom);
        assertThat(runner.runningProperty().get()).isFalse();
    }
}
