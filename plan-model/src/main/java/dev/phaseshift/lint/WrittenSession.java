package dev.phaseshift.lint;

import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.StatementKind;
import dev.phaseshift.schema.Engine;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Where a written statement stands among the statements of its session, so that a rule can judge it with the
 * state the earlier ones left (an {@code ADD CONSTRAINT ... NOT VALID} whose lock is still held, an open
 * {@code BEGIN}) and see whether a later one closes what it opens.
 *
 * @param script          every statement of the session in order: the statements of a {@code sql} step, or of a
 *                        whole file read in one session
 * @param index           the position of the statement judged
 * @param stepTransaction whether the runner wraps the whole script in one transaction (a plan's {@code sql}
 *                        step); a plain file runs each statement in a transaction of its own unless it says
 *                        {@code BEGIN}
 * @param engine          the server's engine: on MySQL and MariaDB a schema change commits the open transaction
 */
public record WrittenSession(List<ParsedStatement> script, int index, boolean stepTransaction, Engine engine) {
    private static final Pattern BEGIN = Pattern.compile("^(BEGIN|START\\s+TRANSACTION)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern END = Pattern.compile(
            "^(COMMIT|END|ROLLBACK|ABORT)\\b(?!\\s+(TO|PREPARED)\\b)|^PREPARE\\s+TRANSACTION\\b",
            Pattern.CASE_INSENSITIVE);

    public WrittenSession {
        script = List.copyOf(script);
        Objects.requireNonNull(engine, "engine");
        if (index < 0 || index >= script.size()) {
            throw new IllegalArgumentException("statement " + index + " of a script of " + script.size());
        }
    }

    /** The statement judged. */
    public ParsedStatement current() {
        return script.get(index);
    }

    /** Where {@code statement} of the script is, for messages: its line in a file, its place in a step. */
    public String where(ParsedStatement statement) {
        if (!stepTransaction) {
            return "line " + statement.line();
        }
        return "statement " + (script.indexOf(statement) + 1) + " of the step";
    }

    /** How {@code statement}, which opens a transaction block, is written: {@code BEGIN} or {@code START TRANSACTION}. */
    public static String opener(ParsedStatement statement) {
        return SqlShape.clean(statement.text()).toUpperCase(Locale.ROOT).startsWith("START")
                ? "START TRANSACTION" : "BEGIN";
    }

    /** Whether {@code statement} opens a transaction block ({@code BEGIN}, {@code START TRANSACTION}). */
    public static boolean opensTransaction(ParsedStatement statement) {
        return BEGIN.matcher(SqlShape.clean(statement.text())).find();
    }

    /** Whether {@code statement} ends a transaction block ({@code COMMIT}, {@code ROLLBACK}, {@code END}...). */
    public static boolean endsTransaction(ParsedStatement statement) {
        return END.matcher(SqlShape.clean(statement.text())).find();
    }

    /**
     * The position of the {@code BEGIN} whose transaction block is open when the statement at {@code position}
     * starts; empty when none is (on MySQL a schema change commits it, so none is open after one).
     */
    public OptionalInt openBeginBefore(int position) {
        int open = -1;
        for (int i = 0; i < position; i++) {
            ParsedStatement s = script.get(i);
            if (opensTransaction(s)) {
                // postgresql ignores a BEGIN inside a block; mysql commits the block and opens another
                open = open < 0 || engine != Engine.POSTGRESQL ? i : open;
            } else if (endsTransaction(s) || commitsImplicitly(s)) {
                open = -1;
            }
        }
        return open < 0 ? OptionalInt.empty() : OptionalInt.of(open);
    }

    /** The {@code BEGIN} whose block the statement runs in, when it runs in one. */
    public OptionalInt explicitTransaction() {
        return commitsImplicitly(current()) ? OptionalInt.empty() : openBeginBefore(index);
    }

    /** Whether the statement shares its transaction with earlier statements or with later ones. */
    public boolean inTransaction() {
        return stepTransaction || explicitTransaction().isPresent();
    }

    /**
     * The earlier statements that run in the same transaction as this one, whose locks are therefore still held
     * when it runs: every earlier one of a step the runner wraps, those after the open {@code BEGIN} otherwise.
     */
    public List<ParsedStatement> sameTransactionBefore() {
        if (stepTransaction) {
            return script.subList(0, index);
        }
        OptionalInt begin = explicitTransaction();
        return begin.isPresent() ? script.subList(begin.getAsInt() + 1, index) : List.of();
    }

    /** MySQL and MariaDB commit the open transaction before and after a schema change. */
    private boolean commitsImplicitly(ParsedStatement s) {
        return engine != Engine.POSTGRESQL && s.kind() == StatementKind.SCHEMA_CHANGE;
    }

    /** The statement that ends the transaction block opened at {@code begin}, if a later one does. */
    public Optional<ParsedStatement> endOfBlock(int begin) {
        for (int i = begin + 1; i < script.size(); i++) {
            ParsedStatement s = script.get(i);
            if (endsTransaction(s) || commitsImplicitly(s) || opensTransaction(s) && engine != Engine.POSTGRESQL) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
