package dev.phaseshift.dryrun.report;

import dev.phaseshift.version.PhaseshiftVersion;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dev.phaseshift.dryrun.report.HtmlText.count;
import static dev.phaseshift.dryrun.report.HtmlText.duration;
import static dev.phaseshift.dryrun.report.HtmlText.escape;

/**
 * A dry-run report as one self-contained HTML page (no external scripts, styles or fonts), for reviewers who read
 * it offline or print it: verdict, shadows, phases, a timeline of steps and locks, every step with what was
 * observed beside what was predicted, rollback and idempotence verdicts, findings, the compatibility matrix and
 * problems. The same report always gives the same bytes.
 */
public final class DryRunHtml {
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private DryRunHtml() {
    }

    public static String write(DryRunReport report) {
        boolean simulated = report.kind() == RunKind.SIMULATED;
        StringBuilder html = new StringBuilder(32_768);
        html.append("<!DOCTYPE html>\n<!-- dry-run report written by phaseshift ")
                .append(PhaseshiftVersion.current()).append(" -->\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"phaseshift ").append(DryRunReport.FORMAT).append("\">\n")
                .append("<title>Dry-run").append(simulated ? " (simulated)" : "").append(": ")
                .append(escape(report.planName())).append("</title>\n<style>\n").append(DryRunStyle.CSS)
                .append("</style>\n</head>\n<body>\n<main>\n");
        header(html, report, simulated);
        summary(html, report, simulated);
        nav(html);
        shadows(html, report, simulated);
        phases(html, report);
        timeline(html, report, simulated);
        steps(html, report, simulated);
        checks(html, report);
        findings(html, report);
        compatibility(html, report);
        problems(html, report);
        html.append("<footer>Written by Phaseshift from a report in the ").append(DryRunReport.FORMAT)
                .append(" format. ").append(simulated ? "Simulated on the schema model: no database was touched."
                        : "Every shadow database lives on a scratch server and is dropped at the end of the run.")
                .append("</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html, DryRunReport report, boolean simulated) {
        boolean passed = report.passed();
        html.append("<header class=\"top\">\n<div class=\"title\">\n")
                .append("<p class=\"eyebrow\">Phaseshift dry-run report</p>\n<h1>").append(escape(report.planName()))
                .append("</h1>\n<dl class=\"meta\">\n");
        meta(html, "Plan file", report.planFile() == null ? "built in memory" : report.planFile(), true);
        meta(html, "Run", simulated ? "simulated on the model" : "shadow databases on scratch servers", false);
        meta(html, "Started", report.startedAt() == null ? "unknown" : STARTED.format(report.startedAt()), false);
        meta(html, "Elapsed", duration(report.elapsedMillis()), false);
        html.append("</dl>\n</div>\n<div class=\"verdict ").append(passed ? "passed" : "failed")
                .append("\" id=\"verdict\"><span class=\"verdict-word\">").append(passed ? "PASSED" : "FAILED")
                .append("</span><span class=\"verdict-note\">").append(passed
                        ? (simulated ? "on the model" : "every step and check")
                        : "see what failed below").append("</span></div>\n</header>\n");
        if (simulated) {
            html.append("<div class=\"simulated-banner\" role=\"note\"><strong>SIMULATED — nothing was run on a "
                    + "database.</strong> Steps were validated and applied to the schema model of the snapshots; "
                    + "there are no timings, row counts or observed locks, and idempotence cannot be checked. "
                    + "Rehearse on shadow databases (phaseshift dry-run without --simulated) before applying."
                    + "</div>\n");
        }
    }

    private static void meta(StringBuilder html, String name, String value, boolean code) {
        html.append("<div><dt>").append(name).append("</dt><dd>").append(code ? "<code>" : "").append(escape(value))
                .append(code ? "</code>" : "").append("</dd></div>\n");
    }

    private static void summary(StringBuilder html, DryRunReport report, boolean simulated) {
        Map<StepStatus, Integer> statuses = new LinkedHashMap<>();
        for (StepStatus s : StepStatus.values()) {
            statuses.put(s, 0);
        }
        report.phases().forEach(p -> p.steps().forEach(s -> statuses.merge(s.status(), 1, Integer::sum)));
        int total = statuses.values().stream().mapToInt(Integer::intValue).sum();
        long errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        long breaks = report.compatibility().stream().filter(c -> c.live() && !c.compatible()).count();
        long checksFailed = report.phases().stream().filter(p -> p.rollback().verdict() == Verdict.FAILED
                || p.idempotence().verdict() == Verdict.FAILED).count();
        html.append("<section class=\"cards\" aria-label=\"summary\">\n");
        card(html, statuses.get(StepStatus.FAILED) > 0 ? "bad" : "good", statuses.get(StepStatus.OK) + " / " + total,
                simulated ? "steps apply on the model" : "steps ran cleanly", statuses.get(StepStatus.FAILED)
                        + " failed, " + statuses.get(StepStatus.NOT_RUN) + " not run, "
                        + statuses.get(StepStatus.SKIPPED) + " skipped");
        card(html, checksFailed > 0 ? "bad" : "good", String.valueOf(report.phases().size() - checksFailed) + " / "
                + report.phases().size(), simulated ? "phases roll back" : "phases roll back and re-apply",
                checksFailed + " with a failed check");
        card(html, verdictTone(report.reversible().verdict()), word(report.reversible().verdict()), "reversible",
                report.reversible().detail());
        card(html, breaks > 0 ? "bad" : "good", String.valueOf(breaks), "consumer breaks",
                "live consumer versions that lose something they use");
        card(html, errors > 0 ? "bad" : warnings > 0 ? "warn" : "good", String.valueOf(report.findings().size()),
                "lint findings", errors + " errors, " + warnings + " warnings");
        long problemErrors = report.problems().stream().filter(Problem::isError).count();
        card(html, problemErrors > 0 ? "bad" : report.problems().isEmpty() ? "good" : "warn",
                String.valueOf(report.problems().size()), "problems", problemErrors + " errors");
        html.append("</section>\n");
    }

    private static void card(StringBuilder html, String tone, String value, String label, String note) {
        html.append("<div class=\"card ").append(tone).append("\"><div class=\"card-value\">").append(escape(value))
                .append("</div><div class=\"card-label\">").append(escape(label))
                .append("</div><div class=\"card-note\">").append(escape(note)).append("</div></div>\n");
    }

    private static void nav(StringBuilder html) {
        html.append("<nav aria-label=\"sections\">");
        String[][] links = {{"shadows", "Shadows"}, {"phases", "Phases"}, {"timeline", "Timeline"}, {"steps", "Steps"},
                {"checks", "Rollback &amp; idempotence"}, {"findings", "Findings"},
                {"compatibility", "Compatibility"}, {"problems", "Problems"}};
        for (String[] link : links) {
            html.append("<a href=\"#").append(link[0]).append("\">").append(link[1]).append("</a>");
        }
        html.append("</nav>\n");
    }

    private static void section(StringBuilder html, String id, String title, String intro) {
        html.append("<section id=\"").append(id).append("\">\n<h2>").append(title).append("</h2>\n");
        if (intro != null) {
            html.append("<p class=\"intro\">").append(intro).append("</p>\n");
        }
    }

    private static void shadows(StringBuilder html, DryRunReport report, boolean simulated) {
        section(html, "shadows", "Shadow databases", "Each service the plan changes gets a uniquely named shadow "
                + "database on a scratch server, loaded from its snapshot's DDL; the source databases are never "
                + "written to.");
        if (report.services().isEmpty()) {
            html.append("<p class=\"empty\">").append(simulated ? "None: a simulated run creates no shadow database."
                    : "None: no shadow database was created.").append("</p>\n</section>\n");
            return;
        }
        html.append("<div class=\"scroll\"><table>\n<thead><tr><th>Service</th><th>Server</th>"
                + "<th>Shadow database on scratch server</th><th>Data</th><th class=\"num\">Tables</th>"
                + "<th class=\"num\">Rows</th><th>Dropped</th></tr></thead>\n<tbody>\n");
        for (ServiceShadow s : report.services()) {
            html.append("<tr><td><strong>").append(escape(s.service())).append("</strong></td><td class=\"nowrap\">")
                    .append(escape(s.product())).append("<div class=\"muted\">").append(escape(s.serverVersion()))
                    .append("</div></td><td><code>").append(s.shadowDatabase() == null ? "none created"
                            : escape(s.shadowDatabase())).append("</code><div class=\"muted\">on <code class=\"wrap\">")
                    .append(escape(s.scratchServer())).append("</code></div></td><td>")
                    .append(escape(s.data().toString()))
                    .append("</td><td class=\"num\">").append(s.tablesLoaded()).append("</td><td class=\"num\">")
                    .append(count(s.rowsLoaded())).append("</td><td class=\"nowrap\">")
                    .append(s.shadowDatabase() == null ? "<span class=\"muted\">—</span>" : s.dropped()
                            ? "<span class=\"badge passed\">✓ dropped</span>"
                            : "<span class=\"badge failed\">✗ still there</span>").append("</td></tr>\n");
            if (s.error() != null) {
                html.append("<tr class=\"detail\"><td colspan=\"7\"><div class=\"error\">")
                        .append(escape(s.error())).append("</div></td></tr>\n");
            }
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void phases(StringBuilder html, DryRunReport report) {
        section(html, "phases", "Phases", "Phases ran in plan order, each on the schemas the previous one left. "
                + "Wall time runs from the first step's start to the last step's end.");
        html.append("<div class=\"scroll\"><table>\n<thead><tr><th>Phase</th><th class=\"num\">OK</th>"
                + "<th class=\"num\">Failed</th><th class=\"num\">Not run</th><th class=\"num\">Wall time</th>"
                + "<th>Gates</th><th>Rollback</th><th>Idempotence</th><th>Verdict</th></tr></thead>\n<tbody>\n");
        for (PhaseRun phase : report.phases()) {
            long ok = phase.steps().stream().filter(s -> s.status() == StepStatus.OK).count();
            long failed = phase.steps().stream().filter(s -> s.status() == StepStatus.FAILED).count();
            long notRun = phase.steps().size() - ok - failed;
            long gatesPassed = phase.gates().stream().filter(VerificationRun::passed).count();
            html.append("<tr><td><a href=\"#").append(HtmlText.anchor("phase-", phase.phaseId())).append("\"><strong>")
                    .append(escape(phase.phaseId())).append("</strong></a> <span class=\"kind\">")
                    .append(escape(phase.kind())).append("</span></td><td class=\"num\">").append(ok)
                    .append("</td><td class=\"num").append(failed > 0 ? " bad-text" : "").append("\">").append(failed)
                    .append("</td><td class=\"num\">").append(notRun).append("</td><td class=\"num\">")
                    .append(wall(phase)).append("</td><td>").append(phase.gates().isEmpty() ? "—"
                            : gatesPassed + " / " + phase.gates().size() + " passed").append("</td><td>")
                    .append(badge(phase.rollback().verdict())).append("</td><td>")
                    .append(badge(phase.idempotence().verdict())).append("</td><td>").append(phase.passed()
                            ? "<span class=\"badge passed\">PASSED</span>"
                            : "<span class=\"badge failed\">FAILED</span>")
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static String wall(PhaseRun phase) {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (StepRun s : phase.steps()) {
            if (s.wallMillis() > 0) {
                from = Math.min(from, s.startMillis());
                to = Math.max(to, s.startMillis() + s.wallMillis());
            }
        }
        return from == Long.MAX_VALUE ? "—" : duration(to - from);
    }

    private static void timeline(StringBuilder html, DryRunReport report, boolean simulated) {
        section(html, "timeline", "Timeline", "One lane per service; each bar is a step (numbered as in the step "
                + "tables, hover for its name), the thin bars under it the locks seen while it ran. Every phase "
                + "gets at least an eighth of the width and idle time between phases is squeezed, so short phases "
                + "stay readable; ticks give the time since the run started.");
        if (!TimelineSvg.hasTimes(report)) {
            html.append("<p class=\"empty\">").append(simulated ? "No timeline: a simulated run has no timings."
                    : "No timeline: no step ran.").append("</p>\n</section>\n");
            return;
        }
        html.append("<figure class=\"timeline-figure\">\n").append(TimelineSvg.write(report))
                .append("<figcaption class=\"legend\"><span class=\"key ok\"></span>step ran"
                        + "<span class=\"key failed\"></span>step failed"
                        + "<span class=\"key blocks\"></span>lock blocks writes"
                        + "<span class=\"key passes\"></span>lock lets writes pass"
                        + "<span class=\"key waited\"></span>lock waited for"
                        + "<span class=\"key band\"></span>phase</figcaption>\n</figure>\n</section>\n");
    }

    private static void steps(StringBuilder html, DryRunReport report, boolean simulated) {
        section(html, "steps", "Steps", simulated ? "Each step as the model simulation applied it."
                : "Each step with what was observed on its shadow beside what the lock model predicted; "
                + "<span class=\"mismatch\">≠</span> marks a step whose observed effect on writers differs from "
                + "the prediction.");
        int number = 0;
        for (PhaseRun phase : report.phases()) {
            html.append("<h3 id=\"").append(HtmlText.anchor("phase-", phase.phaseId())).append("\">Phase ")
                    .append(escape(phase.phaseId())).append(" <span class=\"kind\">").append(escape(phase.kind()))
                    .append("</span></h3>\n");
            gates(html, phase);
            if (phase.steps().isEmpty()) {
                html.append("<p class=\"empty\">No steps: this phase changes no schema (deployments and gates only)."
                        + "</p>\n");
                continue;
            }
            html.append("<div class=\"scroll\"><table class=\"steps").append(simulated ? "" : " observed")
                    .append("\">\n");
            if (!simulated) {
                // the same column widths in every phase's table, so the phases read as one list
                html.append("<colgroup><col style=\"width:3.5%\"><col style=\"width:7.5%\"><col style=\"width:24%\">"
                        + "<col style=\"width:9%\"><col style=\"width:6%\"><col style=\"width:6%\">"
                        + "<col style=\"width:22%\"><col style=\"width:22%\"></colgroup>\n");
            }
            html.append("<thead><tr><th class=\"num\">#</th><th>Status</th><th>Step</th><th>Service</th>");
            if (!simulated) {
                html.append("<th class=\"num\">Wall</th><th class=\"num\">Rows</th><th>Observed locks</th>"
                        + "<th>Predicted</th>");
            }
            html.append("</tr></thead>\n<tbody>\n");
            for (StepRun step : phase.steps()) {
                number++;
                step(html, step, number, simulated);
            }
            html.append("</tbody>\n</table></div>\n");
        }
        html.append("</section>\n");
    }

    private static void gates(StringBuilder html, PhaseRun phase) {
        if (phase.gates().isEmpty()) {
            return;
        }
        html.append("<ul class=\"gates\">\n");
        for (VerificationRun gate : phase.gates()) {
            html.append("<li>").append(gate.passed() ? "<span class=\"badge passed\">gate held</span>"
                            : "<span class=\"badge failed\">gate failed</span>").append(" <span class=\"muted\">")
                    .append(escape(gate.service())).append("</span> <code>").append(escape(gate.query()))
                    .append("</code>");
            if (gate.error() != null) {
                html.append(" <span class=\"bad-text\">").append(escape(gate.error())).append("</span>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private static void step(StringBuilder html, StepRun step, int number, boolean simulated) {
        html.append("<tr class=\"step ").append(step.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .append("\" id=\"").append(HtmlText.anchor("step-", step.stepId()))
                .append("\"><td class=\"num muted\">").append(number).append("</td><td>")
                .append(statusBadge(step.status())).append("</td><td><code class=\"id\">")
                .append(HtmlText.breakable(step.stepId())).append("</code><div class=\"op\">")
                .append(escape(step.operation())).append("</div>");
        statements(html, step);
        html.append("</td><td>").append(escape(step.service())).append("</td>");
        int columns = 4;
        if (!simulated) {
            columns = 8;
            boolean ran = step.status() == StepStatus.OK || step.status() == StepStatus.FAILED;
            html.append("<td class=\"num\">").append(ran ? duration(step.wallMillis()) : "—")
                    .append("</td><td class=\"num\">").append(step.rowsAffected() == null ? "—"
                            : count(step.rowsAffected())).append("</td><td>");
            locks(html, step);
            html.append("</td><td>");
            predicted(html, step, ran);
            html.append("</td>");
        }
        html.append("</tr>\n");
        boolean hasDetail = step.error() != null || step.failedSql() != null || step.stateLeft() != null
                || step.backfill() != null;
        if (hasDetail) {
            html.append("<tr class=\"detail\"><td></td><td colspan=\"").append(columns - 1).append("\">");
            detail(html, step);
            html.append("</td></tr>\n");
        }
    }

    private static void locks(StringBuilder html, StepRun step) {
        if (step.locks().isEmpty()) {
            html.append("<span class=\"muted\">none seen</span>");
            return;
        }
        html.append("<ul class=\"locks\">");
        for (ObservedLock lock : step.locks()) {
            html.append("<li title=\"seen by ").append(escape(lock.source())).append("\"><span class=\"lock-mode ")
                    .append(lock.blocksWrites() ? "blocks" : "passes").append("\">").append(escape(lock.mode()))
                    .append("</span> ").append(escape(lock.relation())).append(" <span class=\"muted\">")
                    .append(duration(lock.toMillis() - lock.fromMillis())).append(lock.granted() ? "" : ", waited")
                    .append("</span></li>");
        }
        html.append("</ul>");
    }

    private static void predicted(StringBuilder html, StepRun step, boolean ran) {
        Prediction p = step.predicted();
        if (p == null) {
            html.append("<span class=\"muted\">no prediction</span>");
            return;
        }
        boolean observedBlocks = step.locks().stream().anyMatch(ObservedLock::blocksWrites);
        // sampling can miss a short lock, so only a write probe that got through proves writes passed
        boolean observedPasses = !observedBlocks && step.locks().stream()
                .anyMatch(l -> l.source().equals("write probe") && !l.blocksWrites());
        if (ran && ((observedBlocks && !p.blocksWrites()) || (observedPasses && p.blocksWrites()))) {
            html.append("<div class=\"mismatch\" title=\"observed and predicted differ\">≠ observed ")
                    .append(observedBlocks ? "blocks writes" : "lets writes pass").append(", predicted ")
                    .append(p.blocksWrites() ? "blocks writes" : "writes pass").append("</div>");
        }
        html.append("<ul class=\"locks\">");
        for (String lock : p.locks()) {
            html.append("<li>").append(escape(lock)).append("</li>");
        }
        html.append("</ul><div class=\"muted\">").append(p.blocksWrites() ? "blocks writes" : "writes pass");
        if (p.effect() != null) {
            html.append(" · ").append(escape(p.effect()));
        }
        if (p.estimate() != null) {
            html.append(" · ").append(escape(p.estimate()));
        }
        html.append("</div>");
    }

    private static void detail(StringBuilder html, StepRun step) {
        if (step.error() != null) {
            html.append("<div class=\"error\"><strong>error:</strong> ").append(escape(step.error())).append("</div>");
        }
        if (step.failedSql() != null) {
            html.append("<div class=\"label\">failed statement</div><pre>").append(escape(step.failedSql()))
                    .append("</pre>");
        }
        if (step.stateLeft() != null) {
            html.append("<div class=\"label\">left behind (the server committed part of the step)</div>");
            list(html, step.stateLeft(), "none");
        }
        BackfillEstimate b = step.backfill();
        if (b != null) {
            html.append("<div class=\"backfill\"><strong>backfill of ").append(escape(b.table())).append(":</strong> ")
                    .append(count(b.rowsMeasured())).append(" rows in ").append(duration(b.millisMeasured()))
                    .append(" on the shadow");
            if (b.millisMeasured() > 0) {
                html.append(" (").append(count(Math.round(b.rowsMeasured() * 1000.0 / b.millisMeasured())))
                        .append(" rows/s)");
            }
            if (b.productionRows() != null) {
                html.append("; production has about ").append(count(b.productionRows())).append(" rows");
            }
            if (b.estimatedMillis() != null) {
                html.append(": <strong>about ").append(duration(b.estimatedMillis())).append("</strong> with "
                        + "batches and pauses");
            }
            html.append("</div>");
        }
    }

    private static void statements(StringBuilder html, StepRun step) {
        if (step.statements().isEmpty()) {
            return;
        }
        html.append("<details><summary>").append(step.statements().size()).append(step.statements().size() == 1
                ? " statement" : " statements").append("</summary><ol class=\"statements\">");
        for (StatementRun s : step.statements()) {
            html.append("<li><div class=\"muted\">").append(escape(s.mode())).append(" · ")
                    .append(duration(s.wallMillis())).append(s.rows() == null ? "" : " · " + count(s.rows())
                            + " rows").append("</div><pre>").append(escape(s.sql())).append("</pre>");
            if (s.error() != null) {
                html.append("<div class=\"error\">").append(escape(s.error())).append("</div>");
            }
            html.append("</li>");
        }
        html.append("</ol></details>");
    }

    private static void checks(StringBuilder html, DryRunReport report) {
        section(html, "checks", "Rollback &amp; idempotence", "Rollback: each phase rolled back and the schemas "
                + "compared with those before it. Idempotence: the phase applied again after its rollback gives the "
                + "same schemas. Reversible: every phase rolled back, compared with the schemas first loaded.");
        html.append("<div class=\"reversible\">").append(badge(report.reversible().verdict()))
                .append(" <strong>Reversible</strong> — ").append(escape(report.reversible().detail()));
        list(html, report.reversible().differences(), null);
        html.append("</div>\n<div class=\"scroll\"><table class=\"checks\">\n<thead><tr><th>Phase</th><th>Rollback</th>"
                + "<th>Idempotence</th></tr></thead>\n<tbody>\n");
        for (PhaseRun phase : report.phases()) {
            html.append("<tr><td><strong>").append(escape(phase.phaseId())).append("</strong></td><td>");
            check(html, phase.rollback());
            html.append("</td><td>");
            check(html, phase.idempotence());
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void check(StringBuilder html, Check check) {
        html.append(badge(check.verdict())).append(" ").append(escape(check.detail()));
        list(html, check.differences(), null);
    }

    private static void list(StringBuilder html, List<String> items, String empty) {
        if (items.isEmpty()) {
            if (empty != null) {
                html.append("<p class=\"muted\">").append(empty).append("</p>");
            }
            return;
        }
        html.append("<ul class=\"differences\">");
        items.forEach(i -> html.append("<li><code>").append(escape(i)).append("</code></li>"));
        html.append("</ul>");
    }

    private static void findings(StringBuilder html, DryRunReport report) {
        section(html, "findings", "Lint findings", "What the lint rules found in the plan, beside what the run "
                + "observed.");
        if (report.findings().isEmpty()) {
            html.append("<p class=\"empty\">No findings.</p>\n</section>\n");
            return;
        }
        html.append("<div class=\"scroll\"><table>\n<thead><tr><th>Severity</th><th>Code</th><th>Rule</th><th>Step</th>"
                + "<th>Service</th><th>Message</th><th>Help</th></tr></thead>\n<tbody>\n");
        for (Finding f : report.findings()) {
            html.append("<tr><td>").append(severity(f.severity())).append("</td><td class=\"nowrap\"><code>")
                    .append(escape(f.code()))
                    .append("</code></td><td>").append(escape(f.ruleId())).append("</td><td><a href=\"#")
                    .append(HtmlText.anchor("step-", f.stepId())).append("\"><code class=\"id\">")
                    .append(HtmlText.breakable(f.stepId())).append("</code></a></td><td>").append(escape(f.service()))
                    .append("</td><td>").append(escape(f.message())).append("</td><td class=\"muted\">")
                    .append(escape(f.help())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void compatibility(StringBuilder html, DryRunReport report) {
        section(html, "compatibility", "Consumer compatibility", "Each consumer version against the schemas before "
                + "the plan and after each phase. A break matters only while that version is live.");
        if (report.compatibility().isEmpty()) {
            html.append("<p class=\"empty\">No consumer contracts in the estate.</p>\n</section>\n");
            return;
        }
        Set<String> states = new LinkedHashSet<>();
        Map<String, Map<String, CompatibilityCell>> rows = new LinkedHashMap<>();
        for (CompatibilityCell c : report.compatibility()) {
            states.add(c.state());
            rows.computeIfAbsent(c.consumer() + " " + c.version(), k -> new LinkedHashMap<>()).put(c.state(), c);
        }
        html.append("<div class=\"scroll\"><table class=\"matrix\">\n<thead><tr><th>Consumer</th>");
        for (String state : states) {
            html.append("<th>").append(state.equals("before") ? "before the plan" : "after " + escape(state))
                    .append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Map<String, CompatibilityCell>> row : rows.entrySet()) {
            html.append("<tr><th scope=\"row\">").append(escape(row.getKey())).append("</th>");
            for (String state : states) {
                CompatibilityCell c = row.getValue().get(state);
                if (c == null) {
                    html.append("<td class=\"cell none\">—</td>");
                } else if (!c.live()) {
                    html.append("<td class=\"cell idle\"").append(title(c.reason())).append(">not live")
                            .append(c.compatible() ? "" : " <span class=\"faint\">(✗)</span>").append("</td>");
                } else if (c.compatible()) {
                    html.append("<td class=\"cell ok\">✓</td>");
                } else {
                    html.append("<td class=\"cell break\"").append(title(c.reason())).append(">✗ breaks</td>");
                }
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
        List<String> live = new ArrayList<>();
        List<String> idle = new ArrayList<>();
        for (CompatibilityCell c : report.compatibility()) {
            if (!c.compatible() && c.reason() != null) {
                (c.live() ? live : idle).add(c.reason());
            }
        }
        if (!live.isEmpty()) {
            html.append("<h3>Breaks while live</h3>\n<ul class=\"reasons bad\">");
            live.forEach(r -> html.append("<li>").append(escape(r)).append("</li>"));
            html.append("</ul>\n");
        }
        if (!idle.isEmpty()) {
            html.append("<h3>Incompatible but not live then</h3>\n<ul class=\"reasons\">");
            idle.forEach(r -> html.append("<li>").append(escape(r)).append("</li>"));
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private static String title(String text) {
        return text == null ? "" : " title=\"" + escape(text) + "\"";
    }

    private static void problems(StringBuilder html, DryRunReport report) {
        section(html, "problems", "Problems", "What stopped the run or part of it, and what it noticed on the way.");
        if (report.problems().isEmpty()) {
            html.append("<p class=\"empty\">No problems.</p>\n</section>\n");
            return;
        }
        html.append("<div class=\"scroll\"><table>\n<thead><tr><th>Severity</th><th>Code</th><th>Message</th>"
                + "<th>Help</th><th>Where</th></tr></thead>\n<tbody>\n");
        for (Problem p : report.problems()) {
            html.append("<tr><td>").append(severity(p.severity())).append("</td><td class=\"nowrap\"><code>")
                    .append(escape(p.code()))
                    .append("</code></td><td>").append(escape(p.message())).append("</td><td class=\"muted\">")
                    .append(escape(p.help())).append("</td><td>").append(p.location() == null ? "—"
                            : "<code>" + escape(p.location().toString()) + "</code>").append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static String severity(Severity severity) {
        String tone = switch (severity) {
            case ERROR -> "failed";
            case WARNING -> "warn";
            case INFO -> "info";
        };
        return "<span class=\"badge " + tone + "\">" + severity.word() + "</span>";
    }

    private static String statusBadge(StepStatus status) {
        return switch (status) {
            case OK -> "<span class=\"badge passed\">OK</span>";
            case FAILED -> "<span class=\"badge failed\">FAILED</span>";
            case SKIPPED -> "<span class=\"badge skipped\">SKIPPED</span>";
            case NOT_RUN -> "<span class=\"badge skipped\">NOT RUN</span>";
        };
    }

    private static String badge(Verdict verdict) {
        return "<span class=\"badge " + verdictClass(verdict) + "\">" + verdict.name() + "</span>";
    }

    private static String verdictClass(Verdict verdict) {
        return switch (verdict) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case SKIPPED -> "skipped";
        };
    }

    private static String verdictTone(Verdict verdict) {
        return switch (verdict) {
            case PASSED -> "good";
            case FAILED -> "bad";
            case SKIPPED -> "neutral";
        };
    }

    private static String word(Verdict verdict) {
        return switch (verdict) {
            case PASSED -> "yes";
            case FAILED -> "no";
            case SKIPPED -> "not checked";
        };
    }
}
