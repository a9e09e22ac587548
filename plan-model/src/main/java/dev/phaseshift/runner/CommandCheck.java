package dev.phaseshift.runner;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** A {@code deployed_check} command: run by {@code sh -c}, deployed when it exits 0 within a minute. */
final class CommandCheck {
    private static final long TIMEOUT_SECONDS = 60;

    private CommandCheck() {
    }

    static boolean passes(String command, RunListener listener) {
        try {
            Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                listener.message("deployed_check command did not finish within " + TIMEOUT_SECONDS + " s: " + command);
                return false;
            }
            if (p.exitValue() != 0) {
                listener.message("deployed_check command exited " + p.exitValue() + ": " + command);
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            listener.message("deployed_check command could not start: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
