package dev.phaseshift.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What {@code phaseshift export --to} writes. */
public enum ExportTarget {
    FLYWAY, LIQUIBASE, GITHUB_ACTIONS, GITLAB_CI, MARKDOWN, HTML;

    /** The word used on the command line ({@code github-actions}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ExportTarget> parse(String word) {
        return Arrays.stream(values()).filter(t -> t.id().equals(word)).findFirst();
    }

    /** {@code flyway|liquibase|...}, for messages and usage. */
    public static String choices() {
        return Arrays.stream(values()).map(ExportTarget::id).collect(Collectors.joining("|"));
    }
}
