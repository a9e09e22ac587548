package dev.phaseshift.dryrun.report;

/** A dry-run report as one self-contained HTML page (no external scripts, styles or fonts). */
public final class DryRunHtml {
    private DryRunHtml() {
    }

    public static String write(DryRunReport report) {
        throw new UnsupportedOperationException("HTML report not written yet");
    }
}
