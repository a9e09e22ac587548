package dev.phaseshift.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestDatabaseNameTest {

    private static final String SHAPE = "pstest_[a-z0-9_]+_[0-9a-z]+_[0-9a-z]{6}";

    @Test
    void nameHasTheAgreedShape() {
        long millis = 1_732_150_000_000L;

        String name = TestDatabase.newName("Plan Apply", millis, 42);

        assertThat(name).isEqualTo("pstest_plan_apply_" + Long.toString(millis, 36) + "_000016");
    }

    @Test
    void oddPurposesAreCleanedAndLongOnesCut() {
        String longPurpose = "Übersetzung—of a VERY long purpose, with $ymbols & spaces ".repeat(5);

        String name = TestDatabase.newName(longPurpose, 1_732_150_000_000L, -7);

        assertThat(name).matches(SHAPE).hasSizeLessThanOrEqualTo(63).doesNotContain("__");
        assertThat(TestDatabase.newName("!!!", 0, 0)).matches(SHAPE).startsWith("pstest_db_");
    }

    @Test
    void namesDoNotRepeat() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            names.add(TestDatabase.newName("same"));
        }
        assertThat(names).hasSize(1000).allSatisfy(n -> assertThat(n).matches(SHAPE).hasSizeLessThanOrEqualTo(63));
    }
}
