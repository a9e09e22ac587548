package dev.phaseshift.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of statements that one versioned migration holds: either all inside one transaction, or all outside
 * any (each then commits on its own, as {@code CREATE INDEX CONCURRENTLY} and a batch-committing backfill need).
 * Chunks never mix the two, and a chunk outside a transaction holds one step only.
 */
final class MigrationChunk {
    /** The statements of one step inside a chunk. */
    record Part(StepStatements step, List<String> statements) {
        Part {
            statements = List.copyOf(statements);
        }
    }

    private final boolean transactional;
    private final List<Part> parts = new ArrayList<>();
    /** Steps whose last forward statement lands in this chunk: their rollback belongs to its undo. */
    private final List<StepStatements> completed = new ArrayList<>();

    MigrationChunk(boolean transactional) {
        this.transactional = transactional;
    }

    boolean transactional() {
        return transactional;
    }

    List<Part> parts() {
        return List.copyOf(parts);
    }

    List<StepStatements> completed() {
        return List.copyOf(completed);
    }

    void add(StepStatements step, String statement) {
        if (parts.isEmpty() || parts.get(parts.size() - 1).step() != step) {
            parts.add(new Part(step, List.of()));
        }
        Part last = parts.remove(parts.size() - 1);
        List<String> statements = new ArrayList<>(last.statements());
        statements.add(statement);
        parts.add(new Part(step, statements));
    }

    boolean holds(StepStatements step) {
        return parts.stream().anyMatch(p -> p.step() == step);
    }

    void complete(StepStatements step) {
        completed.add(step);
    }

    /**
     * Splits the steps of one phase of one service into chunks: a change of transaction mode starts a new chunk,
     * and so does every step outside a transaction. A step split across chunks repeats its lock timeout at the
     * start of each, since the timeout is what keeps a blocked ALTER from queueing the application.
     */
    static List<MigrationChunk> split(List<StepStatements> steps) {
        List<MigrationChunk> out = new ArrayList<>();
        MigrationChunk current = null;
        for (StepStatements step : steps) {
            for (var statement : step.forward()) {
                boolean tx = statement.mode() != dev.phaseshift.plan.sql.RenderedSql.Mode.OUTSIDE_TRANSACTION;
                boolean newChunk = current == null || current.transactional != tx
                        || (!tx && !current.holds(step));
                if (newChunk) {
                    current = new MigrationChunk(tx);
                    out.add(current);
                    boolean first = statement == step.forward().get(0);
                    if (!first && step.startsWithLockTimeout()) {
                        current.add(step, step.dialect().lockTimeout().text());
                    }
                }
                for (String text : ToolSql.of(step.dialect(), statement, step.step().id())) {
                    current.add(step, text);
                }
            }
            if (current != null && current.holds(step)) {
                current.complete(step);
            }
        }
        return out;
    }
}
