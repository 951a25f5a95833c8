package io.iton.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many searches run at once: twice as many as the machine has cores, the rest waiting their
 * turn, first come first served. A search is pure CPU work of one to several milliseconds; with
 * many more of them running than there are cores, the operating system slices the cores among
 * them, and a five-millisecond search sharing two cores with fifteen others takes forty or more.
 * In line, each waits for the searches ahead of it and then shares a core with one other at most,
 * so the slowest wait little longer than the average one, and the cores are left to the pages
 * between searches. Twice the cores rather than one each: with one each, a core idles whenever a
 * finishing search hands its turn to a waiting thread that has to be woken. On the 100,000-article
 * benchmark at 16 clients (2 cores, one run each, bench/README.md): no limit p99 71.5 ms at 870
 * queries/s; 2 at once 40.8 ms at 722/s; 3 40.3 ms at 766/s; 4 36.0 ms at 888/s. A search that
 * waits longer than {@code wait} gives up ({@link SearchBusy}): past that the line only grows, and
 * each waiting search holds a request thread that pages and the newsroom need.
 */
final class SearchTurns {

    private final Semaphore turns;
    private final int limit;
    private final long waitNanos;

    /** {@code limit} searches at once (0 or less: two per CPU), each waiting at most {@code wait} for its turn. */
    SearchTurns(int limit, Duration wait) {
        this.limit = limit > 0 ? limit : 2 * Runtime.getRuntime().availableProcessors();
        this.turns = new Semaphore(this.limit, true);
        this.waitNanos = wait.toNanos();
    }

    int limit() {
        return limit;
    }

    /** Searches waiting for a turn (an estimate, as {@link Semaphore#getQueueLength} says). */
    int waiting() {
        return turns.getQueueLength();
    }

    /** Runs {@code search} when its turn comes; {@link SearchBusy} if it does not come in time. */
    <T> T take(Supplier<T> search) {
        try {
            if (!turns.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                throw new SearchBusy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchBusy();
        }
        try {
            return search.get();
        } finally {
            turns.release();
        }
    }
}
