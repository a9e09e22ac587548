package dev.phaseshift.lint;

import dev.phaseshift.lint.rules.AddingGeneratedColumn;
import dev.phaseshift.lint.rules.AddingRequiredColumn;
import dev.phaseshift.lint.rules.BackfillWithoutBatching;
import dev.phaseshift.lint.rules.BreaksLiveConsumer;
import dev.phaseshift.lint.rules.CannotAnalyse;
import dev.phaseshift.lint.rules.ConcurrentIndexInTransaction;
import dev.phaseshift.lint.rules.IdentifierTooLong;
import dev.phaseshift.lint.rules.MissingLockTimeout;
import dev.phaseshift.lint.rules.MissingRollback;
import dev.phaseshift.lint.rules.MissingStatementTimeout;
import dev.phaseshift.lint.rules.MysqlAlgorithmCopy;
import dev.phaseshift.lint.rules.MysqlTableRebuild;
import dev.phaseshift.lint.rules.NonIdempotentStatement;
import dev.phaseshift.lint.rules.PreferBigintTimestamptzText;
import dev.phaseshift.lint.rules.RequireConcurrentIndex;
import dev.phaseshift.lint.rules.RequireNotValid;
import dev.phaseshift.lint.rules.RequireUniqueUsingIndex;
import dev.phaseshift.lint.rules.SetNotNullScan;
import dev.phaseshift.lint.rules.TypeChangeRewrite;
import dev.phaseshift.lint.rules.VolatileDefault;
import dev.phaseshift.lint.rules.DestructiveDrop;
import dev.phaseshift.lint.rules.BreakingRename;
import dev.phaseshift.lint.rules.TruncateTable;
import dev.phaseshift.lint.rules.DropSchemaOrDatabase;
import dev.phaseshift.lint.rules.ReindexWithoutConcurrently;
import dev.phaseshift.lint.rules.DetachPartitionWithoutConcurrently;
import dev.phaseshift.lint.rules.DomainCheckConstraint;
import dev.phaseshift.lint.rules.DroppingNotNull;
import dev.phaseshift.lint.rules.JsonColumn;
import dev.phaseshift.lint.rules.MysqlInlineReferences;
import dev.phaseshift.lint.rules.MysqlAlgorithmRefused;
import dev.phaseshift.lint.rules.MysqlWriteBlockingIndex;
import dev.phaseshift.lint.rules.TableRewriteUnderLock;
import dev.phaseshift.lint.rules.ExplicitTableLock;
import dev.phaseshift.lint.rules.RowsWrittenUnderHeldLock;
import dev.phaseshift.lint.rules.ValidateInSameTransaction;
import dev.phaseshift.lint.rules.UnclosedTransaction;
import dev.phaseshift.lint.rules.NestedTransaction;
import dev.phaseshift.lint.rules.AddingExclusionConstraint;

import java.util.List;
import java.util.Optional;

/** The one list of lint rules, in code order; adding a rule = its class, a line here, a docs page, fixtures. */
public final class LintRules {
    public static final List<LintRule> ALL = List.of(
            new RequireConcurrentIndex(),
            new ConcurrentIndexInTransaction(),
            new RequireNotValid(),
            new SetNotNullScan(),
            new AddingRequiredColumn(),
            new VolatileDefault(),
            new TypeChangeRewrite(),
            new MysqlAlgorithmCopy(),
            new BackfillWithoutBatching(),
            new MissingRollback(),
            new PreferBigintTimestamptzText(),
            new IdentifierTooLong(),
            new MissingLockTimeout(),
            new RequireUniqueUsingIndex(),
            new CannotAnalyse(),
            new NonIdempotentStatement(),
            new BreaksLiveConsumer(),
            new AddingGeneratedColumn(),
            new MysqlTableRebuild(),
            new MissingStatementTimeout(),
            new DestructiveDrop(),
            new BreakingRename(),
            new TruncateTable(),
            new DropSchemaOrDatabase(),
            new ReindexWithoutConcurrently(),
            new DetachPartitionWithoutConcurrently(),
            new TableRewriteUnderLock(),
            new ExplicitTableLock(),
            new ValidateInSameTransaction(),
            new UnclosedTransaction(),
            new NestedTransaction(),
            new AddingExclusionConstraint(),
            new DroppingNotNull(),
            new DomainCheckConstraint(),
            new JsonColumn(),
            new MysqlInlineReferences(),
            new MysqlWriteBlockingIndex(),
            new RowsWrittenUnderHeldLock(),
            new MysqlAlgorithmRefused());

    private LintRules() {
    }

    public static Optional<LintRule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
