package dev.phaseshift.dryrun;

import dev.phaseshift.connect.ConnectionFailedException;
import dev.phaseshift.dryrun.report.DryRunReport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Rehearses a plan on shadow databases: one per service the plan changes, created on its scratch server from the
 * snapshot's DDL, filled as asked, run phase by phase as the runner would, rolled back and re-applied, and always
 * dropped.
 */
public final class ShadowDryRun {
    private ShadowDryRun() {
    }

    /**
     * Runs the rehearsal. Failures of the plan and of the servers are in the report (steps, checks, problems);
     * the source databases are only ever read (for {@code --sample}), in a read-only session.
     */
    public static DryRunReport run(DryRunRequest request, DryRunListener listener) {
        return new DryRunExecution(request, listener).run();
    }

    /** Shadows on {@code server} at least {@code minimumAge} old that no dry-run of this process owns. */
    public static List<StaleShadow> findStale(ShadowServer server, Duration minimumAge)
            throws ConnectionFailedException, ShadowException {
        return server.findStale(minimumAge, ShadowRegistry.ownedNames());
    }

    /**
     * Drops what {@link #findStale} finds, except shadows with open sessions (another run may still use them);
     * returns the ones dropped.
     */
    public static List<StaleShadow> cleanStale(ShadowServer server, Duration minimumAge)
            throws ConnectionFailedException, ShadowException {
        List<StaleShadow> dropped = new ArrayList<>();
        for (StaleShadow stale : findStale(server, minimumAge)) {
            if (stale.sessions() == 0) {
                server.drop(stale.name());
                dropped.add(stale);
            }
        }
        return dropped;
    }
}
