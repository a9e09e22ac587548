package dev.phaseshift.lint;

import dev.phaseshift.estate.ClosestName;
import dev.phaseshift.estate.LintSetting;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.Severity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Per-estate lint settings: a severity per rule id that replaces the rule's default, and rules turned off.
 */
public record LintConfig(Map<String, Severity> severities, Set<String> disabled) {
    public static final LintConfig DEFAULTS = new LintConfig(Map.of(), Set.of());

    public LintConfig {
        severities = severities == null ? Map.of() : Map.copyOf(severities);
        disabled = disabled == null ? Set.of() : Set.copyOf(disabled);
    }

    /**
     * The configuration an estate file's {@code lint:} section asks for. A rule id no rule has is a problem at
     * its line, with the closest id as help, and is otherwise ignored.
     */
    public static LintConfig of(List<LintSetting> settings, List<LintRule> rules, List<Problem> problems) {
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> ids.add(r.id()));
        Map<String, Severity> severities = new HashMap<>();
        Set<String> off = new HashSet<>();
        for (LintSetting setting : settings) {
            if (!ids.contains(setting.rule())) {
                problems.add(Problem.error("unknown-lint-rule", "no lint rule \"" + setting.rule() + "\"",
                        ClosestName.to(setting.rule(), ids).map(c -> "did you mean \"" + c + "\"?")
                                .orElse("see docs/lint/README.md for the rules"), setting.location()));
            } else if (setting.level().equals("off")) {
                off.add(setting.rule());
            } else {
                severities.put(setting.rule(), Severity.valueOf(setting.level().toUpperCase(java.util.Locale.ROOT)));
            }
        }
        return new LintConfig(severities, off);
    }

    public Optional<Severity> severity(String ruleId) {
        return Optional.ofNullable(severities.get(ruleId));
    }

    public boolean enabled(String ruleId) {
        return !disabled.contains(ruleId);
    }
}
