package dev.phaseshift.lint;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.estate.SourceLocation;
import dev.phaseshift.text.JsonText;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lint findings as {@code phaseshift lint} writes them: one line each (text), a JSON document, or a SARIF 2.1.0
 * log that GitHub code scanning accepts (one run, the rules of {@link LintRules} as the tool's rules).
 */
public final class LintOutput {
    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The base relative plan paths are resolved against; GitHub reads it as the repository root. */
    private static final String SOURCE_ROOT = "%SRCROOT%";

    private LintOutput() {
    }

    /** One line per finding, then a summary line about {@code subject} (the plan file). */
    public static String text(String subject, LintResult result) {
        return text(subject, result, "");
    }

    /** One line per finding, then {@code sections} (locks, compatibility), then the summary line last. */
    public static String text(String subject, LintResult result, String sections) {
        StringBuilder out = new StringBuilder();
        result.findings().forEach(f -> out.append(f).append('\n'));
        if (!sections.isEmpty()) {
            out.append(result.findings().isEmpty() ? "" : "\n").append(sections).append('\n');
        }
        long errors = result.findings().stream().filter(Finding::isError).count();
        long warnings = result.findings().size() - errors;
        out.append(subject).append(": ");
        if (result.findings().isEmpty()) {
            out.append("no findings");
        } else {
            out.append(errors).append(errors == 1 ? " error" : " errors").append(", ").append(warnings)
                    .append(warnings == 1 ? " warning" : " warnings");
        }
        if (!result.suppressed().isEmpty()) {
            out.append(" (").append(result.suppressed().size()).append(" suppressed)");
        }
        return out.append('\n').toString();
    }

    public static String json(String subject, LintResult result) {
        return json(subject, result, Map.of());
    }

    /** The findings, then {@code sections} (the lock model, the compatibility matrix) as further keys. */
    public static String json(String subject, LintResult result, Map<String, Object> sections) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("plan", subject);
        root.put("errors", result.findings().stream().filter(Finding::isError).count());
        root.put("findings", result.findings().stream().map(LintOutput::findingJson).toList());
        root.put("suppressed", result.suppressed().stream().map(LintOutput::findingJson).toList());
        root.putAll(sections);
        return JsonText.write(root);
    }

    /** One finding as a JSON object tree, the same shape everywhere a finding is written. */
    public static Map<String, Object> findingJson(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.ruleId());
        m.put("code", f.code());
        m.put("severity", f.severity().word());
        m.put("message", f.message());
        m.put("help", f.help());
        m.put("file", f.location() == null ? null : f.location().file());
        m.put("line", f.location() == null ? 0 : f.location().line());
        m.put("column", f.location() == null ? 0 : f.location().column());
        m.put("step", f.stepId());
        m.put("service", f.service());
        m.put("object", f.object());
        return m;
    }

    /** A SARIF 2.1.0 log without help links; see {@link #sarif(LintResult, List, String, String)}. */
    public static String sarif(LintResult result, List<LintRule> rules, String version) {
        return sarif(result, rules, version, null);
    }

    /**
     * A SARIF 2.1.0 log that validates against the OASIS schema and that GitHub code scanning accepts;
     * {@code version} is Phaseshift's, for the tool driver. Suppressed findings are kept as results marked
     * suppressed in source, so code scanning can show them as suppressed rather than losing them.
     *
     * @param docsBase where the repository's files are browsable ({@code https://github.com/o/r/blob/main/}), so
     *                 each rule's {@code helpUri} links to its docs page; null leaves {@code helpUri} out, since
     *                 SARIF requires it to be an absolute URI and a bare {@code docs/lint/...} path is not one
     */
    public static String sarif(LintResult result, List<LintRule> rules, String version, String docsBase) {
        List<Object> ruleList = new ArrayList<>();
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (LintRule rule : rules) {
            ruleIndex.put(rule.id(), ruleList.size());
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", rule.id());
            r.put("name", rule.code());
            r.put("shortDescription", Map.of("text", rule.summary()));
            r.put("fullDescription", Map.of("text", rule.code() + " " + rule.id() + ": " + rule.summary()));
            r.put("help", Map.of("text", "See " + rule.docsPath() + " in the Phaseshift repository."));
            if (docsBase != null && !docsBase.isBlank()) {
                r.put("helpUri", (docsBase.endsWith("/") ? docsBase : docsBase + "/") + rule.docsPath());
            }
            r.put("defaultConfiguration", Map.of("level", level(rule.defaultSeverity())));
            r.put("properties", Map.of("tags", List.of("migration", "phaseshift")));
            ruleList.add(r);
        }
        List<Object> results = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : result.findings()) {
            results.add(sarifResult(f, ruleIndex, seen, false));
        }
        for (Finding f : result.suppressed()) {
            results.add(sarifResult(f, ruleIndex, seen, true));
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "phaseshift");
        driver.put("version", version);
        driver.put("rules", ruleList);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("originalUriBaseIds", Map.of(SOURCE_ROOT, Map.of("description",
                Map.of("text", "the directory phaseshift lint ran in: plan paths are relative to it"))));
        run.put("results", results);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SARIF_SCHEMA);
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return JsonText.write(root);
    }

    private static Map<String, Object> sarifResult(Finding f, Map<String, Integer> ruleIndex,
                                                   Map<String, Integer> seen, boolean suppressed) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ruleId", f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            r.put("ruleIndex", index);
        }
        r.put("level", level(f.severity()));
        r.put("message", Map.of("text", "step \"" + f.stepId() + "\" (" + f.service() + "): " + f.message()
                + (f.help() == null ? "" : ". " + f.help())));
        if (f.location() != null) {
            r.put("locations", List.of(Map.of("physicalLocation", physical(f.location()))));
        }
        // the line moves whenever the plan is edited above the step; rule, service, step and object do not
        String key = f.ruleId() + "|" + f.service() + "|" + f.stepId() + "|" + (f.object() == null ? "" : f.object());
        int occurrence = seen.merge(key, 1, Integer::sum);
        r.put("partialFingerprints", Map.of("phaseshiftFinding/v1", key + "|" + occurrence));
        if (suppressed) {
            r.put("suppressions", List.of(Map.of("kind", "inSource")));
        }
        return r;
    }

    private static Map<String, Object> physical(SourceLocation at) {
        Map<String, Object> p = new LinkedHashMap<>();
        Map<String, Object> artifact = new LinkedHashMap<>();
        String path = at.file().replace('\\', '/');
        artifact.put("uri", uriReference(path));
        if (!path.startsWith("/") && !path.matches("^[A-Za-z]:/.*")) {
            artifact.put("uriBaseId", SOURCE_ROOT);
        }
        p.put("artifactLocation", artifact);
        if (at.line() > 0) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", at.line());
            if (at.column() > 0) {
                region.put("startColumn", at.column());
            }
            p.put("region", region);
        }
        return p;
    }

    /** A file path as a URI reference: each segment percent-encoded, so spaces and {@code #} survive. */
    private static String uriReference(String path) {
        StringBuilder out = new StringBuilder();
        if (path.matches("^[A-Za-z]:/.*")) {
            out.append("file:///");
        }
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/:".indexOf(c) >= 0;
            out.append(plain ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        return out.toString();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
