package dev.phaseshift.graph.layout;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting crossings by sorting gives what comparing every pair gives, also with shared ends. */
class InversionsTest {
    @Test
    void countsTheSameCrossingsAsComparingEveryPair() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<double[]> segments = new ArrayList<>();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                // few distinct heights, so that many segments share an end
                segments.add(new double[] {random.nextInt(8) * 18.0, random.nextInt(8) * 18.0});
            }
            assertThat(Inversions.crossings(segments)).isEqualTo(pairwise(segments));
        }
    }

    @Test
    void twoSegmentsThatSwapCrossAndTwoThatMeetDoNot() {
        assertThat(Inversions.crossings(List.of(new double[] {0, 10}, new double[] {10, 0}))).isEqualTo(1);
        assertThat(Inversions.crossings(List.of(new double[] {0, 10}, new double[] {0, 0}))).isZero();
    }

    private static long pairwise(List<double[]> s) {
        long n = 0;
        for (int i = 0; i < s.size(); i++) {
            for (int j = i + 1; j < s.size(); j++) {
                if ((s.get(i)[0] - s.get(j)[0]) * (s.get(i)[1] - s.get(j)[1]) < 0) {
                    n++;
                }
            }
        }
        return n;
    }
}
