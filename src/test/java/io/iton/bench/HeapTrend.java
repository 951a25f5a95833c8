package io.iton.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Whether the live heap grows over a run: the heap left by each full GC against time, as a
 * least-squares trend, over the whole run and over its second half (after the bounded caches
 * have filled), the latter projected over the whole run as a share of the start heap.
 */
record HeapTrend(List<AppProcess.Sample> heap) {

    /** A live heap that grows by more than this share of its start over the run is a growth trend. */
    static final double GROWTH_LIMIT = 0.10;

    /** Least-squares slope of heap used after full GC against time, in MB a minute. */
    static double slopeMbPerMinute(List<AppProcess.Sample> heap) {
        double[] x = heap.stream().mapToDouble(s -> s.atMillis() / 60000.0).toArray();
        double[] y = heap.stream().mapToDouble(s -> mb(s.heapUsedBytes())).toArray();
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            num += (x[i] - mx) * (y[i] - my);
            den += (x[i] - mx) * (x[i] - mx);
        }
        return den == 0 ? 0 : num / den;
    }

    /** The whole run's trend, MB a minute. */
    double wholeRun() {
        return slopeMbPerMinute(heap);
    }

    /** The samples from the middle of the run on. */
    List<AppProcess.Sample> secondHalf() {
        long middle = (heap.getFirst().atMillis() + heap.getLast().atMillis()) / 2;
        return heap.stream().filter(s -> s.atMillis() >= middle).toList();
    }

    /** Whether the second half has samples enough for a trend (a run of about 5 minutes or more). */
    boolean measured() {
        return secondHalf().size() >= 3;
    }

    /** The second half's trend, MB a minute. */
    double secondHalfSlope() {
        return slopeMbPerMinute(secondHalf());
    }

    /** The second half's trend over the whole run, as a share of the start heap. */
    double growth() {
        double minutes = (heap.getLast().atMillis() - heap.getFirst().atMillis()) / 60000.0;
        return secondHalfSlope() * minutes / mb(heap.getFirst().heapUsedBytes());
    }

    static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
