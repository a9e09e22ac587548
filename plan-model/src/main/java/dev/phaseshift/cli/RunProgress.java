package dev.phaseshift.cli;

import dev.phaseshift.runner.RunListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Progress of apply and rollback on standard error: one line per event, and for a backfill a live bar on a terminal
 * or, without one (CI logs) or with {@code --format json}, a plain line every few seconds.
 */
final class RunProgress implements RunListener {
    private static final long PLAIN_EVERY_MILLIS = 5_000;

    private final PrintWriter err;
    private final boolean bars;
    private final Map<String, ProgressBar> open = new HashMap<>();
    private final Map<String, Long> lastLine = new HashMap<>();

    RunProgress(PrintWriter err, boolean bars) {
        this.err = err;
        this.bars = bars;
    }

    /** Bars only for people: a terminal on both ends and text output. */
    static RunProgress forCommand(PrintWriter err, String format) {
        return new RunProgress(err, System.console() != null && "text".equals(format));
    }

    @Override
    public synchronized void message(String line) {
        err.println(line);
        err.flush();
    }

    @Override
    public synchronized void backfill(String service, String stepId, long rowsDone, long rowsTotal) {
        String key = service + "/" + stepId;
        if (bars) {
            ProgressBar bar = open.computeIfAbsent(key, k -> new ProgressBarBuilder().setTaskName(k)
                    .setInitialMax(rowsTotal).setUnit(" rows", 1).showSpeed()
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build());
            bar.maxHint(rowsTotal);
            bar.stepTo(rowsDone);
            return;
        }
        long now = System.currentTimeMillis();
        Long last = lastLine.get(key);
        if (last == null || now - last >= PLAIN_EVERY_MILLIS || rowsDone >= rowsTotal) {
            lastLine.put(key, now);
            err.println(key + ": " + rowsDone + " of " + rowsTotal + " rows"
                    + (rowsTotal > 0 ? " (" + (rowsDone * 100 / rowsTotal) + "%)" : ""));
            err.flush();
        }
    }

    @Override
    public synchronized void backfillEnded(String service, String stepId) {
        ProgressBar bar = open.remove(service + "/" + stepId);
        if (bar != null) {
            bar.close();
        }
        lastLine.remove(service + "/" + stepId);
    }
}
