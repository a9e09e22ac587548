package dev.phaseshift.estate;

import java.util.Objects;

/**
 * One line of the estate file's {@code lint:} section: the level a lint rule reports at in this estate.
 *
 * @param rule     the rule id as written ({@code require-concurrent-index}); the lint package checks it exists
 * @param level    {@code error}, {@code warning}, {@code info} or {@code off}
 * @param location where the line stands, for messages
 */
public record LintSetting(String rule, String level, SourceLocation location) {
    public static final java.util.List<String> LEVELS = java.util.List.of("error", "warning", "info", "off");

    public LintSetting {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
        if (!LEVELS.contains(level)) {
            throw new IllegalArgumentException("lint level \"" + level + "\" for rule \"" + rule
                    + "\" is not one of " + String.join(", ", LEVELS));
        }
    }
}
