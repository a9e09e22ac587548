package dev.phaseshift.lint.parse;

import dev.phaseshift.plan.op.Operation;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One written statement as the parser understood it.
 *
 * @param text       the statement as written, without its semicolon
 * @param line       the 1-based line where it starts in its file or step
 * @param operations the typed operations it performs, in order; several for an {@code ALTER TABLE} with several
 *                   actions, none for an action the model does not hold ({@code VALIDATE CONSTRAINT}) or for
 *                   {@link StatementKind#DATA} and {@link StatementKind#UNKNOWN}
 * @param algorithm  MySQL {@code ALGORITHM=} as written ({@code INSTANT}, {@code INPLACE}, {@code COPY}), or null
 * @param lock       MySQL {@code LOCK=} as written ({@code NONE}, {@code SHARED}, {@code EXCLUSIVE}), or null
 * @param reason     why an {@link StatementKind#UNKNOWN} statement is not understood, lower case; null otherwise
 * @param commands   what it does that is no plan operation but locks whole tables or destroys data
 *                   ({@code TRUNCATE}, {@code REINDEX}, {@code ALTER TABLE ... SET LOGGED}), in order
 */
public record ParsedStatement(String text, int line, StatementKind kind, List<Operation> operations,
                              Set<StatementFlag> flags, String algorithm, String lock, String reason,
                              List<WrittenCommand> commands) {
    public ParsedStatement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        operations = List.copyOf(operations);
        commands = commands == null ? List.of() : List.copyOf(commands);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        if (kind == StatementKind.UNKNOWN) {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A statement without written commands. */
    public ParsedStatement(String text, int line, StatementKind kind, List<Operation> operations,
                           Set<StatementFlag> flags, String algorithm, String lock, String reason) {
        this(text, line, kind, operations, flags, algorithm, lock, reason, List.of());
    }

    public static ParsedStatement data(String text, int line) {
        return new ParsedStatement(text, line, StatementKind.DATA, List.of(), Set.of(), null, null, null);
    }

    public static ParsedStatement unknown(String text, int line, String reason) {
        return new ParsedStatement(text, line, StatementKind.UNKNOWN, List.of(), Set.of(), null, null, reason);
    }

    /** The same statement starting at {@code newLine}, e.g. its line in the whole file rather than in its step. */
    public ParsedStatement withLine(int newLine) {
        return new ParsedStatement(text, newLine, kind, operations, flags, algorithm, lock, reason, commands);
    }

    public boolean has(StatementFlag flag) {
        return flags.contains(flag);
    }

    public boolean understood() {
        return kind != StatementKind.UNKNOWN;
    }
}
