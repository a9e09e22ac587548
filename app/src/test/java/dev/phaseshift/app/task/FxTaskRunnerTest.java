package dev.phaseshift.app.task;

import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import dev.phaseshift.app.fixtures.HeadlessToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The FX runner on the real toolkit (headless): work off the FX thread, outcome and progress on it. */
class FxTaskRunnerTest {
    private final List<Object> outcomes = new CopyOnWriteArrayList<>();
    private final List<Boolean> onFxThread = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        HeadlessToolkit.start();
    }

    @Test
    void runsWorkOffTheFxThreadAndReportsBackOnIt() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        CountDownLatch release = new CountDownLatch(1);
        List<Boolean> workOnFxThread = new CopyOnWriteArrayList<>();

        WaitForAsyncUtils.asyncFx(() -> runner.run("counting", progress -> {
            workOnFxThread.add(Platform.isFxApplicationThread());
            progress.message("halfway");
            progress.progress(1, 2);
            release.await(5, TimeUnit.SECONDS);
            return 42;
        }, this::record, this::record)).get();

        // message and progress reach the FX thread in separate hand-overs: wait for both, not only the first
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "halfway".equals(runner.messageProperty().get())
                && runner.progressProperty().get() == 0.5);
        assertThat(runner.runningProperty().get()).isTrue();
        assertThat(runner.progressProperty().get()).isEqualTo(0.5);

        release.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !outcomes.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(outcomes).containsExactly(42);
        assertThat(onFxThread).containsExactly(true);
        assertThat(workOnFxThread).containsExactly(false);
        assertThat(runner.runningProperty().get()).isFalse();
        assertThat(runner.messageProperty().get()).isEmpty();
        runner.shutdown();
    }

    @Test
    void failuresAndCancellationsGoToTheFailureCallback() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        IllegalStateException boom = new IllegalStateException("boom");
        CountDownLatch never = new CountDownLatch(1);

        WaitForAsyncUtils.asyncFx(() -> runner.run("failing", progress -> {
            throw boom;
        }, this::record, this::record)).get();
        RunningTask slow = WaitForAsyncUtils.asyncFx(() -> runner.run("waiting", progress -> {
            never.await();
            return "never";
        }, this::record, this::record)).get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> outcomes.size() == 1);
        WaitForAsyncUtils.asyncFx(slow::cancel).get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> outcomes.size() == 2);

        assertThat(outcomes.get(0)).isSameAs(boom);
        assertThat(outcomes.get(1)).isInstanceOf(CancellationException.class);
        assertThat(onFxThread).containsOnly(true);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.runningProperty().get()).isFalse();
        runner.shutdown();
    }

    @Test
    void refusesToStartOffTheFxThread() {
        FxTaskRunner runner = new FxTaskRunner();

        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> runner.run("x", p -> 1, this::record, this::record));
        runner.shutdown();
    }

    private void record(Object outcome) {
        onFxThread.add(Platform.isFxApplicationThread());
        outcomes.add(outcome);
    }
}
