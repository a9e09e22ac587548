package dev.phaseshift.app.main;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.EstateFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EarlyEstateTest {
    @Test
    void theDemoReadAheadIsHandedOverOnceAndOnlyForTheDemo() throws Exception {
        EarlyEstate early = EarlyEstate.start(List.of());

        assertThat(early.take("/somewhere/else/phaseshift.yaml")).isNull();
        LoadedEstate demo = early.take(DemoEstate.LOCATION);
        assertThat(demo.estate().name()).isEqualTo(DemoEstate.load().name());
        assertThat(demo.graph()).isNotNull();
        assertThat(early.take(DemoEstate.LOCATION)).as("a reopen reads again").isNull();
    }

    @Test
    void aBrokenEstateFileFailsTheFirstLoadWithTheErrorTheLoaderGives(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("phaseshift.yaml");
        Files.writeString(file, "name: [unclosed\n");
        EarlyEstate early = EarlyEstate.start(List.of(file.toString()));

        assertThatThrownBy(() -> early.take(file.toAbsolutePath().normalize().toString()))
                .isInstanceOf(EstateFormatException.class).hasMessageContaining("phaseshift.yaml");
    }

    @Test
    void aPlanFileWithoutAnEstateBesideItReadsNothingAhead(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("rename.plan.yaml");
        Files.writeString(plan, "name: x\n");

        EarlyEstate early = EarlyEstate.start(List.of(plan.toString()));

        assertThat(early.take(plan.toString())).isNull();
        assertThat(early.take(DemoEstate.LOCATION)).isNull();
    }
}
