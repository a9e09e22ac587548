package dev.phaseshift.lint.rules;

import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.WrittenCommand;
import dev.phaseshift.plan.op.Sql;

import java.util.List;

/**
 * The written commands of the statement a context lints as itself ({@code TRUNCATE}, {@code REINDEX}, ...). Only
 * that context: the same statement's typed operations have contexts too, and the command is reported once.
 */
final class WrittenCommands {
    private WrittenCommands() {
    }

    static <T extends WrittenCommand> List<T> of(LintContext context, Class<T> type) {
        if (!(context.operation() instanceof Sql)) {
            return List.of();
        }
        return context.writtenStatement().map(ParsedStatement::commands).orElse(List.of()).stream()
                .filter(type::isInstance).map(type::cast).toList();
    }
}
