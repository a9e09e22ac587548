package dev.phaseshift.ddl;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Extension;
import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtensionAvailabilityTest {
    private static final Snapshot SNAPSHOT = Snapshot.of("geo", Engine.POSTGRESQL, List.of()).withExtensions(List.of(
            new Extension("earthdistance", "1.1", "public", List.of("cube"), null),
            new Extension("cube", "1.5", "public", List.of(), null),
            new Extension("citext", "1.6", "public", List.of(), null)));

    @Test
    void namesEachExtensionTheTargetLacks() {
        List<Problem> problems = ExtensionAvailability.missing(SNAPSHOT, List.of("citext", "plpgsql"));
        assertThat(problems).extracting(Problem::code).containsOnly("missing-extension");
        assertThat(problems).allMatch(Problem::isError);
        assertThat(problems).extracting(Problem::message).containsExactly(
                "extension \"cube\" version \"1.5\" of service \"geo\" is not available on the target server",
                "extension \"earthdistance\" version \"1.1\" of service \"geo\" is not available on the target server");
        assertThat(problems.get(0).help()).contains("postgresql-contrib");
    }

    @Test
    void isSatisfiedWhenEveryExtensionIsAvailable() {
        assertThat(ExtensionAvailability.missing(SNAPSHOT, List.of("citext", "cube", "earthdistance"))).isEmpty();
        assertThat(ExtensionAvailability.missing(Snapshot.of("plain", Engine.POSTGRESQL, List.of()), List.of()))
                .isEmpty();
    }
}
