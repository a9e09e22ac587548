package dev.phaseshift.app.settings;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RecentFilesTest {
    private static final Path A = Path.of("/estates/a/phaseshift.yaml");
    private static final Path B = Path.of("/estates/b/phaseshift.yaml");
    private static final Path C = Path.of("/estates/c/phaseshift.yaml");

    @Test
    void theLastOpenedComesFirst() {
        RecentFiles recent = RecentFiles.empty().withOpened(A).withOpened(B).withOpened(C);

        assertThat(recent.paths()).containsExactly(C, B, A);
    }

    @Test
    void reopeningAFileMovesItToTheFrontInsteadOfListingItTwice() {
        RecentFiles recent = RecentFiles.empty().withOpened(A).withOpened(B).withOpened(Path.of("/estates/x/../a/phaseshift.yaml"));

        assertThat(recent.paths()).containsExactly(A, B);
    }

    @Test
    void keepsTheTenNewest() {
        RecentFiles recent = RecentFiles.empty();
        for (int i = 1; i <= 12; i++) {
            recent = recent.withOpened(Path.of("/estates/" + i + ".yaml"));
        }

        assertThat(recent.paths()).hasSize(RecentFiles.LIMIT)
                .containsExactlyElementsOf(IntStream.iterate(12, i -> i - 1).limit(10)
                        .mapToObj(i -> Path.of("/estates/" + i + ".yaml")).toList());
    }

    @Test
    void removesAFile() {
        RecentFiles recent = RecentFiles.empty().withOpened(A).withOpened(B);

        assertThat(recent.without(A).paths()).containsExactly(B);
        assertThat(recent.without(C).paths()).containsExactly(B, A);
    }

    @Test
    void relativePathsAreStoredAbsolute() {
        RecentFiles recent = RecentFiles.empty().withOpened(Path.of("phaseshift.yaml"));

        assertThat(recent.paths().get(0)).isAbsolute();
        assertThat(recent.contains(Path.of("phaseshift.yaml"))).isTrue();
    }
}
