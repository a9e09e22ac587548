package dev.phaseshift.lint;

import dev.phaseshift.estate.Severity;

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

    public Optional<Severity> severity(String ruleId) {
        return Optional.ofNullable(severities.get(ruleId));
    }

    public boolean enabled(String ruleId) {
        return !disabled.contains(ruleId);
    }
}
