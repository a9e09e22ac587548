package dev.phaseshift.lint;

import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.schema.Engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a written statement stands among the statements of its session, so that a rule can judge it with the
 * state the earlier ones left (an {@code ADD CONSTRAINT ... NOT VALID} whose lock is still held, an open
 * {@code BEGIN}) and see whether a later one closes what it opens.
 *
 * @param whole the session's statements in order (the statements of a {@code sql} step, which the runner wraps in
 *              one transaction, or of a whole file, where each statement commits on its own unless it says
 *              {@code BEGIN}), with where their transaction blocks open and end
 * @param index the position of the statement judged
 */
public record WrittenSession(SessionScript whole, int index) {
    public WrittenSession {
        Objects.requireNonNull(whole, "whole");
        if (index < 0 || index >= whole.statements().size()) {
            throw new IllegalArgumentException("statement " + index + " of a script of " + whole.statements().size());
        }
    }

    /** The statement at {@code index} of {@code script} read as one session (for tests and single scripts). */
    public WrittenSession(List<ParsedStatement> script, int index, boolean stepTransaction, Engine engine) {
        this(SessionScript.of(script, stepTransaction, engine), index);
    }

    /** Every statement of the session, in order. */
    public List<ParsedStatement> script() {
        return whole.statements();
    }

    /** Whether the runner wraps the whole script in one transaction (a plan's {@code sql} step). */
    public boolean stepTransaction() {
        return whole.stepTransaction();
    }

    /** The server's engine: on MySQL and MariaDB a schema change commits the open transaction. */
    public Engine engine() {
        return whole.engine();
    }

    /** The statement judged. */
    public ParsedStatement current() {
        return script().get(index);
    }

    /** Where {@code statement} of the script is, for messages: its line in a file, its place in a step. */
    public String where(ParsedStatement statement) {
        if (whole.file()) {
            return "line " + statement.line();
        }
        return "statement " + (script().indexOf(statement) + 1) + " of the step";
    }

    /** The transaction the runner wraps the whole script in, for messages; meaningful when {@link #stepTransaction}. */
    public String wrappingTransaction() {
        return whole.file() ? "the transaction the whole file runs in (--single-transaction)"
                : "the step's transaction (the runner wraps every sql step in one)";
    }

    /**
     * The transaction the statement runs in, for messages: the block an explicit {@code BEGIN} opened, else the one
     * the runner (or {@code --single-transaction}) wraps the script in.
     */
    public String transaction() {
        OptionalInt begin = explicitTransaction();
        return begin.isPresent() ? "the transaction block opened at " + where(script().get(begin.getAsInt()))
                : wrappingTransaction();
    }

    /** How {@code statement}, which opens a transaction block, is written: {@code BEGIN} or {@code START TRANSACTION}. */
    public static String opener(ParsedStatement statement) {
        return statement.keyword().equals("START") ? "START TRANSACTION" : "BEGIN";
    }

    /** Whether the statement judged opens a transaction block ({@code BEGIN}, {@code START TRANSACTION}). */
    public boolean opensTransaction() {
        return whole.opensTransaction(index);
    }

    /**
     * The position of the {@code BEGIN} whose transaction block is open when the statement at {@code position}
     * starts; empty when none is (on MySQL a schema change commits it, so none is open after one).
     */
    public OptionalInt openBeginBefore(int position) {
        int open = whole.openBefore(position);
        return open < 0 ? OptionalInt.empty() : OptionalInt.of(open);
    }

    /** The {@code BEGIN} whose block the statement runs in, when it runs in one. */
    public OptionalInt explicitTransaction() {
        return whole.commitsImplicitly(index) ? OptionalInt.empty() : openBeginBefore(index);
    }

    /** Whether the statement shares its transaction with earlier statements or with later ones. */
    public boolean inTransaction() {
        return stepTransaction() || explicitTransaction().isPresent();
    }

    /**
     * The earlier statements that run in the same transaction as this one, whose locks are therefore still held
     * when it runs: every earlier one of a step the runner wraps, those after the open {@code BEGIN} otherwise.
     */
    public List<ParsedStatement> sameTransactionBefore() {
        if (stepTransaction()) {
            return script().subList(0, index);
        }
        OptionalInt begin = explicitTransaction();
        return begin.isPresent() ? script().subList(begin.getAsInt() + 1, index) : List.of();
    }

    /** The statement that ends the transaction block opened at {@code begin}, if a later one does. */
    public Optional<ParsedStatement> endOfBlock(int begin) {
        int end = whole.blockEnd(begin);
        return end < 0 ? Optional.empty() : Optional.of(script().get(end));
    }
}
