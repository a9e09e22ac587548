package dev.phaseshift.dryrun.report;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintOutput;
import dev.phaseshift.text.JsonText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A dry-run report as JSON in the stable form published as {@code docs/schema/dry-run-report.schema.json}:
 * {@code format} first, then every field of the report in a fixed order, absent values as {@code null}, durations
 * in milliseconds, lists in report order. Scripts read {@code passed} and {@code summary}; the rest is the evidence.
 */
public final class DryRunJson {
    private DryRunJson() {
    }

    public static String write(DryRunReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", DryRunReport.FORMAT);
        root.put("plan", report.planName());
        root.put("planFile", report.planFile());
        root.put("kind", word(report.kind()));
        root.put("startedAt", report.startedAt() == null ? null : report.startedAt().toString());
        root.put("elapsedMs", report.elapsedMillis());
        root.put("passed", report.passed());
        root.put("summary", summary(report));
        root.put("services", report.services().stream().map(DryRunJson::service).toList());
        root.put("phases", report.phases().stream().map(DryRunJson::phase).toList());
        root.put("reversible", check(report.reversible()));
        root.put("findings", report.findings().stream().map(LintOutput::findingJson).toList());
        root.put("compatibility", report.compatibility().stream().map(DryRunJson::cell).toList());
        root.put("problems", report.problems().stream().map(DryRunJson::problem).toList());
        return JsonText.write(root);
    }

    private static Map<String, Object> summary(DryRunReport report) {
        List<StepRun> steps = report.phases().stream().flatMap(p -> p.steps().stream()).toList();
        Map<String, Object> stepCounts = new LinkedHashMap<>();
        for (StepStatus status : StepStatus.values()) {
            stepCounts.put(camel(status.name()), steps.stream().filter(s -> s.status() == status).count());
        }
        List<VerificationRun> gates = report.phases().stream().flatMap(p -> p.gates().stream()).toList();
        Map<String, Object> verifications = new LinkedHashMap<>();
        verifications.put("passed", gates.stream().filter(VerificationRun::passed).count());
        verifications.put("failed", gates.stream().filter(g -> !g.passed()).count());
        Map<String, Object> findings = new LinkedHashMap<>();
        findings.put("errors", report.findings().stream().filter(Finding::isError).count());
        findings.put("warnings", report.findings().stream().filter(f -> !f.isError()).count());
        Map<String, Object> problems = new LinkedHashMap<>();
        problems.put("errors", report.problems().stream().filter(Problem::isError).count());
        problems.put("warnings", report.problems().stream().filter(p -> !p.isError()).count());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("phases", report.phases().size());
        m.put("steps", stepCounts);
        m.put("rollback", verdicts(report.phases().stream().map(PhaseRun::rollback).toList()));
        m.put("idempotence", verdicts(report.phases().stream().map(PhaseRun::idempotence).toList()));
        m.put("verifications", verifications);
        m.put("findings", findings);
        m.put("compatibilityBreaks", report.compatibility().stream().filter(c -> c.live() && !c.compatible()).count());
        m.put("problems", problems);
        return m;
    }

    private static Map<String, Object> verdicts(List<Check> checks) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Verdict verdict : Verdict.values()) {
            m.put(word(verdict), checks.stream().filter(c -> c.verdict() == verdict).count());
        }
        return m;
    }

    private static Map<String, Object> service(ServiceShadow s) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("mode", word(s.data().mode()));
        data.put("rowsPerTable", s.data().rowsPerTable());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service", s.service());
        m.put("product", s.product());
        m.put("serverVersion", s.serverVersion());
        m.put("shadowDatabase", s.shadowDatabase());
        m.put("scratchServer", s.scratchServer());
        m.put("data", data);
        m.put("tablesLoaded", s.tablesLoaded());
        m.put("rowsLoaded", s.rowsLoaded());
        m.put("dropped", s.dropped());
        m.put("error", s.error());
        return m;
    }

    private static Map<String, Object> phase(PhaseRun p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.phaseId());
        m.put("kind", p.kind());
        m.put("passed", p.passed());
        m.put("gates", p.gates().stream().map(DryRunJson::verification).toList());
        m.put("steps", p.steps().stream().map(DryRunJson::step).toList());
        m.put("rollback", check(p.rollback()));
        m.put("idempotence", check(p.idempotence()));
        return m;
    }

    private static Map<String, Object> verification(VerificationRun v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service", v.service());
        m.put("query", v.query());
        m.put("passed", v.passed());
        m.put("error", v.error());
        return m;
    }

    private static Map<String, Object> step(StepRun s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.stepId());
        m.put("service", s.service());
        m.put("operation", s.operation());
        m.put("status", word(s.status()));
        m.put("startMs", s.startMillis());
        m.put("wallMs", s.wallMillis());
        m.put("rowsAffected", s.rowsAffected());
        m.put("statements", s.statements().stream().map(DryRunJson::statement).toList());
        m.put("locks", s.locks().stream().map(DryRunJson::lock).toList());
        m.put("predicted", s.predicted() == null ? null : prediction(s.predicted()));
        m.put("error", s.error());
        m.put("failedSql", s.failedSql());
        m.put("stateLeft", s.stateLeft());
        m.put("backfill", s.backfill() == null ? null : backfill(s.backfill()));
        return m;
    }

    private static Map<String, Object> statement(StatementRun s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sql", s.sql());
        m.put("mode", s.mode());
        m.put("startMs", s.startMillis());
        m.put("wallMs", s.wallMillis());
        m.put("rows", s.rows());
        m.put("error", s.error());
        return m;
    }

    private static Map<String, Object> lock(ObservedLock l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("relation", l.relation());
        m.put("mode", l.mode());
        m.put("granted", l.granted());
        m.put("fromMs", l.fromMillis());
        m.put("toMs", l.toMillis());
        m.put("blocksWrites", l.blocksWrites());
        m.put("source", l.source());
        return m;
    }

    private static Map<String, Object> prediction(Prediction p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("locks", p.locks());
        m.put("blocksWrites", p.blocksWrites());
        m.put("effect", p.effect());
        m.put("estimate", p.estimate());
        return m;
    }

    private static Map<String, Object> backfill(BackfillEstimate b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("table", b.table());
        m.put("rowsMeasured", b.rowsMeasured());
        m.put("msMeasured", b.millisMeasured());
        m.put("productionRows", b.productionRows());
        m.put("estimatedMs", b.estimatedMillis());
        return m;
    }

    private static Map<String, Object> check(Check c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verdict", word(c.verdict()));
        m.put("detail", c.detail());
        m.put("differences", c.differences());
        return m;
    }

    private static Map<String, Object> cell(CompatibilityCell c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("consumer", c.consumer());
        m.put("version", c.version());
        m.put("state", c.state());
        m.put("live", c.live());
        m.put("compatible", c.compatible());
        m.put("reason", c.reason());
        return m;
    }

    private static Map<String, Object> problem(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("severity", p.severity().word());
        m.put("message", p.message());
        m.put("help", p.help());
        m.put("file", p.location() == null ? null : p.location().file());
        m.put("line", p.location() == null ? 0 : p.location().line());
        m.put("column", p.location() == null ? 0 : p.location().column());
        return m;
    }

    /** Enum constants as JSON words: {@code NOT_RUN} becomes {@code not_run}. */
    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** {@code NOT_RUN} becomes {@code notRun}, for keys. */
    private static String camel(String constant) {
        String[] parts = constant.toLowerCase(Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            out.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return out.toString();
    }
}
