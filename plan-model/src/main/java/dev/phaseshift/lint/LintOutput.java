package dev.phaseshift.lint;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.estate.SourceLocation;
import dev.phaseshift.text.JsonText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lint findings as {@code phaseshift lint} writes them: one line each (text), a JSON document, or a SARIF 2.1.0
 * log that GitHub code scanning accepts (one run, the rules of {@link LintRules} as the tool's rules).
 */
public final class LintOutput {
    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private LintOutput() {
    }

    /** One line per finding, then a summary line about {@code subject} (the plan file). */
    public static String text(String subject, LintResult result) {
        StringBuilder out = new StringBuilder();
        result.findings().forEach(f -> out.append(f).append('\n'));
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
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("plan", subject);
        root.put("errors", result.findings().stream().filter(Finding::isError).count());
        root.put("findings", result.findings().stream().map(LintOutput::findingJson).toList());
        root.put("suppressed", result.suppressed().stream().map(LintOutput::findingJson).toList());
        return JsonText.write(root);
    }

    private static Map<String, Object> findingJson(Finding f) {
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

    /** A SARIF 2.1.0 log; {@code version} is Phaseshift's, for the tool driver. */
    public static String sarif(LintResult result, List<LintRule> rules, String version) {
        List<Object> ruleList = new ArrayList<>();
        for (LintRule rule : rules) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", rule.id());
            r.put("name", rule.code());
            r.put("shortDescription", Map.of("text", rule.summary()));
            r.put("helpUri", rule.docsPath());
            r.put("defaultConfiguration", Map.of("level", level(rule.defaultSeverity())));
            ruleList.add(r);
        }
        List<Object> results = new ArrayList<>();
        for (Finding f : result.findings()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("ruleId", f.ruleId());
            r.put("level", level(f.severity()));
            r.put("message", Map.of("text", "step \"" + f.stepId() + "\" (" + f.service() + "): " + f.message()
                    + (f.help() == null ? "" : ". " + f.help())));
            if (f.location() != null) {
                r.put("locations", List.of(Map.of("physicalLocation", physical(f.location()))));
            }
            results.add(r);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "phaseshift");
        driver.put("version", version);
        driver.put("rules", ruleList);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SARIF_SCHEMA);
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return JsonText.write(root);
    }

    private static Map<String, Object> physical(SourceLocation at) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("artifactLocation", Map.of("uri", at.file().replace('\\', '/')));
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

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
