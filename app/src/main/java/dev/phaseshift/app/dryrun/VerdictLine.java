package dev.phaseshift.app.dryrun;

import dev.phaseshift.dryrun.report.Check;

import java.util.List;
import java.util.Locale;

/**
 * A check of the dry-run and its verdict: rollback and idempotence of each phase, reversibility of the plan.
 *
 * @param verdict     {@code passed}, {@code failed}, {@code skipped}
 * @param differences what differed when it failed, one schema difference per line
 */
public record VerdictLine(String check, String verdict, String detail, List<String> differences) {
    public VerdictLine {
        differences = List.copyOf(differences);
    }

    static VerdictLine of(String check, Check result) {
        return new VerdictLine(check, result.verdict().name().toLowerCase(Locale.ROOT),
                result.detail() == null ? "" : result.detail(), result.differences());
    }
}
