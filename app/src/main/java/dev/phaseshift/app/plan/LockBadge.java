package dev.phaseshift.app.plan;

import dev.phaseshift.lock.Effect;
import dev.phaseshift.lock.PhaseLocks;
import dev.phaseshift.lock.StatementLocks;
import dev.phaseshift.lock.StepLocks;
import dev.phaseshift.lock.TableLock;
import dev.phaseshift.lock.Throughput;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A step's predicted lock in a word or two, for a card badge: {@code ACCESS EXCLUSIVE ~0 s} on PostgreSQL,
 * {@code INSTANT} or {@code INPLACE} on MySQL/MariaDB, {@code COPY!} or {@code REWRITE!} when the table is copied.
 */
public final class LockBadge {
    private LockBadge() {
    }

    /** The badge of every step of {@code locks}, by step id. */
    public static Map<String, String> of(List<PhaseLocks> locks) {
        Map<String, String> out = new HashMap<>();
        for (PhaseLocks phase : locks) {
            for (StepLocks step : phase.steps()) {
                out.put(step.stepId(), of(step));
            }
        }
        return out;
    }

    static String of(StepLocks step) {
        TableLock strongest = step.strongestLocks().stream().max(Comparator.comparingInt(TableLock::strength))
                .orElse(null);
        boolean rewrites = step.statements().stream().map(StatementLocks::effect).anyMatch(e -> e == Effect.REWRITE);
        if (strongest == null) {
            return rewrites ? "REWRITE!" : "NO LOCK";
        }
        String mode = strongest.mode();
        if (mode.contains("ALGORITHM=")) {
            String algorithm = mode.substring(mode.indexOf('=') + 1).split(",")[0].trim();
            return algorithm.equals("COPY") ? "COPY!" : algorithm;
        }
        if (strongest.strength() < 0) {
            return "METADATA";
        }
        return (rewrites ? "REWRITE! " : "") + mode + " " + Throughput.duration(step.seconds());
    }
}
