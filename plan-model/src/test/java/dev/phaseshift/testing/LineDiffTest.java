package dev.phaseshift.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(LineDiff.unified("a", "x\ny\n", "b", "x\ny\n")).isEmpty();
    }

    @Test
    void aChangedLineShowsWithThreeLinesOfContextAndLineNumbers() {
        String expected = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String actual = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";

        assertThat(LineDiff.unified("old", expected, "new", actual)).isEqualTo("""
                --- old
                +++ new
                @@ -2 +2 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                """);
    }

    @Test
    void changesFarApartAreSeparateHunksAndALongDiffIsCut() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            a.append("line ").append(i).append('\n');
            b.append(i == 5 || i == 30 ? "changed " + i : "line " + i).append('\n');
        }

        String diff = LineDiff.unified("a", a.toString(), "b", b.toString());
        assertThat(diff).contains("@@ -3 +3 @@", "@@ -28 +28 @@", "-line 30\n+changed 30\n");

        String cut = LineDiff.unified("a", a.toString(), "b", b.toString(), 5);
        assertThat(cut).endsWith("-line 5\n+changed 5\n... (more differences cut)\n").doesNotContain("30");
    }
}
