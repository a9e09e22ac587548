package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.QualifiedName;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.plan.op.SchemaEdit;

import java.util.stream.Stream;

/**
 * What the estate's consumer contracts say about who uses a table or column of the step's service. Whether the
 * users are still live when the step runs is {@link BreaksLiveConsumer}'s question; here it only matters whether
 * anybody is known to use the object at all.
 */
final class KnownReaders {
    private KnownReaders() {
    }

    /** Whether the linter knows any consumer contract: without one, nothing shows who reads what. */
    static boolean known(LintContext context) {
        return !context.consumers().isEmpty();
    }

    /**
     * Whether some contract names the table (column null) or the column as one it reads or writes. A contract of
     * the whole relation does not name a column: {@link BreaksLiveConsumer} does not count it as broken by the
     * column's loss either, so the column counts as nobody's known.
     */
    static boolean covered(LintContext context, String table, String column) {
        QualifiedName relation = QualifiedName.relation(context.step().service(),
                SchemaEdit.schemaOf(context.before(), table), SchemaEdit.bare(table));
        for (ConsumerContract contract : context.consumers()) {
            boolean uses = Stream.concat(contract.reads().stream(), contract.writes().stream())
                    .filter(a -> a.relation().equals(relation))
                    .anyMatch(a -> column == null || a.columns().contains(column));
            if (uses) {
                return true;
            }
        }
        return false;
    }
}
