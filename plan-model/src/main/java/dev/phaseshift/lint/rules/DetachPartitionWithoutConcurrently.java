package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.DetachPartition;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL {@code ALTER TABLE parent DETACH PARTITION p} without {@code CONCURRENTLY}: ACCESS EXCLUSIVE on the
 * partitioned table, so reads and writes of every partition wait, also while it queues behind a running query.
 * {@code DETACH PARTITION ... CONCURRENTLY} exists from postgresql 14 and is not offered below, where one written
 * anyway is reported as a statement the server rejects.
 */
public final class DetachPartitionWithoutConcurrently implements LintRule {
    @Override public String id() { return "detach-partition-without-concurrently"; }
    @Override public String code() { return "PS126"; }
    @Override public String summary() {
        return "DETACH PARTITION without CONCURRENTLY locks the whole partitioned table";
    }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (DetachPartition detach : WrittenCommands.of(context, DetachPartition.class)) {
            if (!Preexisting.table(context, detach.table())) {
                continue;
            }
            if ((detach.concurrently() || detach.finishing()) && !context.dialect().atLeast(14, 0, 0)) {
                out.add(finding(context, SchemaEdit.bare(detach.table()), "DETACH PARTITION ... "
                        + (detach.concurrently() ? "CONCURRENTLY" : "FINALIZE") + " does not exist before postgresql "
                        + "14: postgresql " + context.dialect().major() + " rejects the statement",
                        "detach without it under a short lock_timeout, retried at a quiet time, or upgrade first"));
                continue;
            }
            if (detach.concurrently() || detach.finishing()) {
                continue;
            }
            String table = SchemaEdit.bare(detach.table());
            String help = context.dialect().atLeast(14, 0, 0)
                    ? "use DETACH PARTITION \"" + SchemaEdit.bare(detach.partition()) + "\" CONCURRENTLY (postgresql "
                    + "14 and later), on its own outside any transaction block (not in a plan's sql step, which runs "
                    + "in one); it needs a table without a default partition"
                    : "postgresql " + context.dialect().major() + " has no DETACH PARTITION CONCURRENTLY (it came in "
                    + "14): set a short lock_timeout and retry at a quiet time, or upgrade first";
            out.add(finding(context, table, "DETACH PARTITION \"" + SchemaEdit.bare(detach.partition())
                    + "\" takes an ACCESS EXCLUSIVE lock on partitioned table \"" + table + "\": reads and writes of "
                    + "every partition wait, also while it queues behind running queries", help));
        }
        return out;
    }
}
