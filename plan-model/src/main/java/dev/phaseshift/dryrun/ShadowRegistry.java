package dev.phaseshift.dryrun;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The shadows this JVM has open, dropped by a shutdown hook if the process ends before they are closed: a failed
 * run, a timeout that ends the program, Ctrl-C (SIGINT) or SIGTERM. Only SIGKILL leaves shadows behind; those are
 * what {@link ShadowServer#findStale} finds.
 */
final class ShadowRegistry {
    private static final Set<ShadowDatabase> OPEN = new LinkedHashSet<>();
    private static boolean hookInstalled;

    private ShadowRegistry() {
    }

    static synchronized void remember(ShadowDatabase shadow) {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(ShadowRegistry::dropAll, "phaseshift-shadow-cleanup"));
            hookInstalled = true;
        }
        OPEN.add(shadow);
    }

    static synchronized void forget(ShadowDatabase shadow) {
        OPEN.remove(shadow);
    }

    /** The names of the shadows this JVM has open. */
    static synchronized List<ShadowName> ownedNames() {
        return OPEN.stream().map(ShadowDatabase::name).toList();
    }

    private static void dropAll() {
        List<ShadowDatabase> open;
        synchronized (ShadowRegistry.class) {
            open = new ArrayList<>(OPEN);
        }
        for (ShadowDatabase shadow : open) {
            try {
                shadow.close();
            } catch (ShadowException | RuntimeException e) {
                System.err.println("phaseshift: could not drop shadow database " + shadow.name() + ": "
                        + e.getMessage());
            }
        }
    }
}
