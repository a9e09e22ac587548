package dev.phaseshift.lint;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.schema.Engine;

import java.util.List;
import java.util.Set;

/**
 * One lint rule: a kebab-case id, a stable code, a default severity, the engines it applies to and a check of
 * one step. Rules judge what will actually run: the typed operation and the SQL it renders for the service's
 * server version, so an operation that already renders the safe form is not reported.
 */
public interface LintRule {
    /** The kebab-case id users suppress and configure ({@code require-concurrent-index}). */
    String id();

    /** The stable code ({@code PS101}); never reused for another rule. */
    String code();

    /** One line saying what the rule reports, for listings and SARIF. */
    String summary();

    Severity defaultSeverity();

    Set<Engine> engines();

    /** What is wrong with the step of {@code context}; empty when nothing is. */
    List<Finding> check(LintContext context);

    /**
     * Whether this rule judges a step by what the other rules found on it (a long statement without a timeout)
     * rather than by the step alone: the linter then calls {@link #summarize} after every other rule, so the
     * others run once.
     */
    default boolean summarizes() {
        return false;
    }

    /**
     * For a rule that {@link #summarizes()}: what is wrong with the step, given everything the other rules
     * applicable to its engine found on it (also those the configuration turns off, since what they see is still
     * there).
     */
    default List<Finding> summarize(LintContext context, List<Finding> others) {
        return check(context);
    }

    /** A finding of this rule about {@code object} at the context's step, with the default severity. */
    default Finding finding(LintContext context, String object, String message, String help) {
        return new Finding(id(), code(), defaultSeverity(), message, help, context.step().location(),
                context.step().id(), context.step().service(), object);
    }

    /** Where the rule's docs page lives, relative to the repository root. */
    default String docsPath() {
        return "docs/lint/" + id() + ".md";
    }
}
