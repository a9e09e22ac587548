package dev.phaseshift.plan.undo;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The undo property of issue #11 over every table and every column: dropping it the way a DBA would (dependants
 * first), then rolling the whole plan back, gives the original schema — every undo operation validating — except
 * for what the rollback says it cannot restore. Here on the demo estate; {@link DropUndoFixturesTest} does the
 * same on the introspection fixtures read from real servers.
 */
class DropUndoPropertyTest {
    @Test
    void everyTableAndColumnOfTheDemoEstateComesBack() {
        List<String> failures = new ArrayList<>();
        int tables = 0;
        int columns = 0;
        for (Snapshot s : DemoEstate.load().snapshots().values()) {
            DropUndoCheck.Outcome outcome = DropUndoCheck.check(s);
            failures.addAll(outcome.failures());
            tables += outcome.tables();
            columns += outcome.columns();
        }
        assertThat(failures).as("%d failures", failures.size()).isEmpty();
        assertThat(tables).isGreaterThan(20);
        assertThat(columns).isGreaterThan(100);
    }
}
