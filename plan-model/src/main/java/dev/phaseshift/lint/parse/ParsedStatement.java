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
 * @param target     the table the statement changes or writes, as written (PostgreSQL folds unquoted names):
 *                   {@code ALTER TABLE t}, {@code CREATE INDEX ... ON t}, {@code UPDATE t}, {@code DELETE FROM t};
 *                   null for other statements
 * @param columns    the columns an {@code ALTER TABLE} adds, with the clauses written on them, in order
 * @param keyword    the statement's first keyword in upper case ({@code ALTER}, {@code SET}, {@code BEGIN}), comments
 *                   skipped; empty when it starts with none
 * @param settings   the session settings it makes ({@code SET}, {@code RESET}, {@code set_config}), in order
 * @param object     what a {@code CREATE}, {@code DROP} or {@code ALTER} is about, upper case ({@code TABLE},
 *                   {@code INDEX} also for {@code CREATE UNIQUE INDEX}, {@code TYPE}, {@code DOMAIN}); empty otherwise
 * @param guarded    the operations written with {@code IF [NOT] EXISTS} at their own place ({@code ADD COLUMN IF
 *                   NOT EXISTS c}, {@code DROP CONSTRAINT IF EXISTS c}, {@code CREATE INDEX IF NOT EXISTS}), which a
 *                   retry does not fail on
 * @param constraints the names of the constraints an {@code ALTER TABLE} adds under a name it writes
 *                   ({@code ADD CONSTRAINT c ...}), as the server stores them
 * @param actions    an {@code ALTER TABLE}'s actions one by one, each with its own operations, commands and flags;
 *                   empty for other statements
 */
public record ParsedStatement(String text, int line, StatementKind kind, List<Operation> operations,
                              Set<StatementFlag> flags, String algorithm, String lock, String reason,
                              List<WrittenCommand> commands, String target, List<WrittenColumn> columns,
                              String keyword, List<SessionSetting> settings, String object,
                              List<Operation> guarded, List<String> constraints, List<AlterAction> actions) {
    public ParsedStatement {
        actions = actions == null ? List.of() : List.copyOf(actions);
        Objects.requireNonNull(text, "text");
        keyword = keyword == null ? "" : keyword;
        settings = settings == null ? List.of() : List.copyOf(settings);
        object = object == null ? "" : object;
        guarded = guarded == null ? List.of() : List.copyOf(guarded);
        constraints = constraints == null ? List.of() : List.copyOf(constraints);
        Objects.requireNonNull(kind, "kind");
        operations = List.copyOf(operations);
        commands = commands == null ? List.of() : List.copyOf(commands);
        columns = columns == null ? List.of() : List.copyOf(columns);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        if (kind == StatementKind.UNKNOWN) {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A statement without written commands, target or added columns. */
    public ParsedStatement(String text, int line, StatementKind kind, List<Operation> operations,
                           Set<StatementFlag> flags, String algorithm, String lock, String reason) {
        this(text, line, kind, operations, flags, algorithm, lock, reason, List.of(), null, List.of(), null, List.of(), null, null,
                null, null);
    }

    public static ParsedStatement data(String text, int line) {
        return data(text, line, null, null);
    }

    /** A data statement starting with {@code keyword}; {@code target} is the table it writes or null. */
    public static ParsedStatement data(String text, int line, String keyword, String target) {
        return new ParsedStatement(text, line, StatementKind.DATA, List.of(), Set.of(), null, null, null, List.of(),
                target, List.of(), keyword, List.of(), null, null, null, null);
    }

    public static ParsedStatement unknown(String text, int line, String reason) {
        return unknown(text, line, null, reason, null, List.of());
    }

    /**
     * A statement not understood as a whole; {@code target} and {@code columns} are what was read before the part
     * not understood (an {@code ALTER TABLE}'s table and the columns it adds), which rules that judge only those
     * still judge.
     */
    public static ParsedStatement unknown(String text, int line, String keyword, String reason, String target,
                                          List<WrittenColumn> columns) {
        return new ParsedStatement(text, line, StatementKind.UNKNOWN, List.of(), Set.of(), null, null, reason,
                List.of(), target, columns, keyword, List.of(), null, null, null, null);
    }

    /** The same statement starting at {@code newLine}, e.g. its line in the whole file rather than in its step. */
    public ParsedStatement withLine(int newLine) {
        return new ParsedStatement(text, newLine, kind, operations, flags, algorithm, lock, reason, commands, target,
                columns, keyword, settings, object, guarded, constraints, actions);
    }

    /** Whether it is an {@code UPDATE} or {@code DELETE} of {@link #target()}: row locks on what it touches. */
    public boolean writesRows() {
        return (keyword.equals("UPDATE") || keyword.equals("DELETE")) && target != null;
    }

    /** Whether {@code op}, one of {@link #operations()}, was written with {@code IF [NOT] EXISTS}. */
    public boolean guarded(Operation op) {
        return guarded.contains(op);
    }

    /** The written commands of {@code type}, in order. */
    public <T extends WrittenCommand> List<T> commands(Class<T> type) {
        return commands.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The typed operations of {@code type}, in order. */
    public <T extends Operation> List<T> operations(Class<T> type) {
        return operations.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public boolean has(StatementFlag flag) {
        return flags.contains(flag);
    }

    public boolean understood() {
        return kind != StatementKind.UNKNOWN;
    }
}
