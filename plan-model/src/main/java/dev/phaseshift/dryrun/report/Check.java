package dev.phaseshift.dryrun.report;

import java.util.List;
import java.util.Objects;

/**
 * The verdict of one check (rollback exact, idempotent) with what it found.
 *
 * @param detail      one line for people ({@code rollback exact}, {@code step "x" failed on the second run})
 * @param differences each schema difference on its own line ({@code orders: column "note" missing}); empty when
 *                    none
 */
public record Check(Verdict verdict, String detail, List<String> differences) {
    public Check {
        Objects.requireNonNull(verdict, "verdict");
        differences = differences == null ? List.of() : List.copyOf(differences);
    }

    public static Check passed(String detail) {
        return new Check(Verdict.PASSED, detail, List.of());
    }

    public static Check failed(String detail, List<String> differences) {
        return new Check(Verdict.FAILED, detail, differences);
    }

    public static Check skipped(String detail) {
        return new Check(Verdict.SKIPPED, detail, List.of());
    }
}
