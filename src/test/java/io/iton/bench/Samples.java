package io.iton.bench;

import java.util.Arrays;

/** Latencies in microseconds, every one kept (ten minutes at a few thousand a second is tens of MB). */
final class Samples {

    private int[] values = new int[1 << 12];
    private int size;

    synchronized void add(long micros) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = (int) Math.min(micros, Integer.MAX_VALUE);
    }

    synchronized void addAll(Samples other) {
        int[] theirs = other.sorted();
        for (int v : theirs) {
            add(v);
        }
    }

    synchronized int size() {
        return size;
    }

    /** A sorted copy. */
    synchronized int[] sorted() {
        int[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return copy;
    }

    /** The {@code p}-th percentile in milliseconds of sorted values (nearest rank); NaN when empty. */
    static double percentileMs(int[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1000.0;
    }
}
