package dev.phaseshift.snapshot;

import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Snapshot files written before a model addition still read, as the same snapshot. */
class SnapshotFileCompatibilityTest {

    @Test
    void readsAFileWrittenBeforeDomainsAggregatesCollationsTextSearchAndExtensions() throws Exception {
        Snapshot read;
        try (InputStream in = getClass().getResourceAsStream("/snapshot/small-without-postgres-objects.json")) {
            read = SnapshotFile.read(in, "small-without-postgres-objects.json");
        }
        assertThat(read).isEqualTo(SampleSnapshots.small().canonical());
        assertThat(read.extensions()).isEmpty();
        assertThat(read.schemas()).allSatisfy(s -> {
            assertThat(s.domains()).isEmpty();
            assertThat(s.textSearchConfigurations()).isEmpty();
        });
    }
}
