package dev.phaseshift.version;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseshiftVersionTest {
    @Test
    void theBuildWritesTheMavenProjectVersion() {
        assertThat(PhaseshiftVersion.current()).isNotEqualTo(PhaseshiftVersion.DEVELOPMENT_BUILD)
                .matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void anUnfilteredResourceSaysDevelopmentBuild() throws Exception {
        assertThat(PhaseshiftVersion.read(stream("version=${project.version}\n")))
                .isEqualTo(PhaseshiftVersion.DEVELOPMENT_BUILD);
        assertThat(PhaseshiftVersion.read(null)).isEqualTo(PhaseshiftVersion.DEVELOPMENT_BUILD);
        assertThat(PhaseshiftVersion.read(stream("version=1.2.3\n"))).isEqualTo("1.2.3");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
