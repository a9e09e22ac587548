package dev.phaseshift.lint;

import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.lint.parse.StatementKind;
import dev.phaseshift.plan.op.DropConstraint;
import dev.phaseshift.plan.op.DropIndex;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.schema.Engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The statements of one session, read once for where each transaction block opens and ends, so that every
 * statement's {@link WrittenSession} answers in constant time however long the file is.
 */
public final class SessionScript {

    private final List<ParsedStatement> statements;
    private final boolean stepTransaction;
    private final boolean file;
    private final Engine engine;
    /** For each statement, the BEGIN whose block is open when it starts, or -1. */
    private final int[] openBefore;
    /** For each BEGIN, the statement that ends its block, or -1 (also for statements that are no BEGIN). */
    private final int[] blockEnd;
    private final boolean[] opens;
    private final boolean[] commitsImplicitly;
    /** Each constraint dropped with IF EXISTS, by the first statement that drops it; read on first use. */
    private volatile Map<String, Integer> guardedDrops;

    private SessionScript(List<ParsedStatement> statements, boolean stepTransaction, boolean file, Engine engine) {
        this.statements = List.copyOf(statements);
        this.stepTransaction = stepTransaction;
        this.file = file;
        this.engine = Objects.requireNonNull(engine, "engine");
        int n = this.statements.size();
        openBefore = new int[n];
        blockEnd = new int[n];
        opens = new boolean[n];
        commitsImplicitly = new boolean[n];
        boolean[] ends = new boolean[n];
        for (int i = 0; i < n; i++) {
            ParsedStatement s = this.statements.get(i);
            opens[i] = s.has(StatementFlag.OPENS_TRANSACTION);
            ends[i] = s.has(StatementFlag.ENDS_TRANSACTION);
            // MySQL and MariaDB commit the open transaction before and after a schema change
            commitsImplicitly[i] = engine != Engine.POSTGRESQL && s.kind() == StatementKind.SCHEMA_CHANGE;
        }
        int open = -1;
        for (int i = 0; i < n; i++) {
            openBefore[i] = open;
            blockEnd[i] = -1;
            if (opens[i]) {
                // postgresql ignores a BEGIN inside a block; mysql commits the block and opens another
                if (open >= 0 && engine != Engine.POSTGRESQL) {
                    blockEnd[open] = i;
                }
                open = open < 0 || engine != Engine.POSTGRESQL ? i : open;
            } else if (ends[i] || commitsImplicitly[i]) {
                if (open >= 0) {
                    blockEnd[open] = i;
                }
                open = -1;
            }
        }
    }

    /** {@code statements} as one session; {@code stepTransaction} when the runner wraps them all in one. */
    public static SessionScript of(List<ParsedStatement> statements, boolean stepTransaction, Engine engine) {
        return new SessionScript(statements, stepTransaction, !stepTransaction, engine);
    }

    /**
     * The statements of a plain file, whose lines are file lines; {@code wrapped} when whatever runs it wraps the
     * whole file in one transaction ({@code psql --single-transaction}, Flyway on PostgreSQL).
     */
    public static SessionScript ofFile(List<ParsedStatement> statements, boolean wrapped, Engine engine) {
        return new SessionScript(statements, wrapped, true, engine);
    }

    /** Whether the statements are a plain file's, so that a statement's line is its line in the file. */
    public boolean file() {
        return file;
    }

    public List<ParsedStatement> statements() {
        return statements;
    }

    public boolean stepTransaction() {
        return stepTransaction;
    }

    public Engine engine() {
        return engine;
    }

    /**
     * Whether a statement before {@code i} drops the constraint or index ({@code type}) {@code name} with
     * {@code IF EXISTS}: the guard that makes creating it again safe. Read once for the whole session.
     */
    public boolean dropsIfExistsBefore(Class<? extends Operation> type, String name, int i) {
        Map<String, Integer> first = guardedDrops;
        if (first == null) {
            first = new HashMap<>();
            for (int k = 0; k < statements.size(); k++) {
                ParsedStatement p = statements.get(k);
                for (Operation op : p.operations()) {
                    String dropped = op instanceof DropConstraint d ? d.name() : op instanceof DropIndex d ? d.name()
                            : null;
                    if (dropped != null && p.guarded(op)) {
                        first.putIfAbsent(op.getClass().getSimpleName() + " " + dropped, k);
                    }
                }
            }
            guardedDrops = first;
        }
        Integer at = first.get(type.getSimpleName() + " " + name);
        return at != null && at < i;
    }

    /** Whether the statement at {@code i} opens a transaction block ({@code BEGIN}, {@code START TRANSACTION}). */
    public boolean opensTransaction(int i) {
        return opens[i];
    }

    /** Whether the statement at {@code i} commits the open transaction by itself (a MySQL schema change). */
    public boolean commitsImplicitly(int i) {
        return commitsImplicitly[i];
    }

    /** The BEGIN whose block is open when the statement at {@code i} starts, or -1. */
    public int openBefore(int i) {
        return openBefore[i];
    }

    /** The statement that ends the block the BEGIN at {@code begin} opens, or -1 when none does. */
    public int blockEnd(int begin) {
        return blockEnd[begin];
    }
}
