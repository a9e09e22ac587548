package dev.phaseshift.graph.layout;

import java.util.Comparator;
import java.util.List;

/**
 * Counts how many pairs of link segments cross in the gap between two columns, in O(n log n): segments are
 * {@code [yLeft, yRight]}; two cross when their order on the left is the reverse of their order on the right.
 * Segments that meet at an end do not cross. Pairwise counting made the layout of a few hundred links slow.
 */
final class Inversions {
    private Inversions() {
    }

    static long crossings(List<double[]> segments) {
        double[][] sorted = segments.toArray(new double[0][]);
        // by the left end, and among equal left ends by the right end, so that those never count
        java.util.Arrays.sort(sorted, Comparator.<double[]>comparingDouble(s -> s[0]).thenComparingDouble(s -> s[1]));
        double[] right = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            right[i] = sorted[i][1];
        }
        return count(right, new double[right.length], 0, right.length);
    }

    /** Pairs i < j with {@code a[i] > a[j]} in {@code a[from, to)}, sorting that range. */
    private static long count(double[] a, double[] scratch, int from, int to) {
        if (to - from < 2) {
            return 0;
        }
        int mid = (from + to) >>> 1;
        long n = count(a, scratch, from, mid) + count(a, scratch, mid, to);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (a[j] < a[i]) {
                n += mid - i;
                scratch[k++] = a[j++];
            } else {
                scratch[k++] = a[i++];
            }
        }
        while (i < mid) {
            scratch[k++] = a[i++];
        }
        while (j < to) {
            scratch[k++] = a[j++];
        }
        System.arraycopy(scratch, from, a, from, to - from);
        return n;
    }
}
