package io.iton.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SearchTurnsTest {

    @Test
    void noMoreSearchesRunAtOnceThanTheLimit() throws Exception {
        SearchTurns turns = new SearchTurns(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                answers.add(clients.submit(() -> {
                    start.await();
                    return turns.take(() -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        sleep(20);
                        running.decrementAndGet();
                        return n;
                    });
                }));
            }
            start.countDown();
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
            }
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void waitingSearchesRunInTheOrderTheyCame() throws Exception {
        SearchTurns turns = new SearchTurns(1);
        List<Integer> order = new ArrayList<>();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService clients = Executors.newCachedThreadPool()) {
            Future<?> first = clients.submit(() -> turns.take(() -> {
                holding.countDown();
                await(release);
                return null;
            }));
            holding.await();
            List<Future<?>> waiting = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                int n = i;
                waiting.add(clients.submit(() -> turns.take(() -> {
                    synchronized (order) {
                        order.add(n);
                    }
                    return null;
                })));
                // Each in line before the next comes.
                while (queued(turns) < i + 1) {
                    Thread.onSpinWait();
                }
            }
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (Future<?> f : waiting) {
                f.get(10, TimeUnit.SECONDS);
            }
        }
        assertThat(order).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void noLimitGivenMeansTwoPerCpu() {
        assertThat(new SearchTurns(0).limit()).isEqualTo(2 * Runtime.getRuntime().availableProcessors());
        assertThat(new SearchTurns(3).limit()).isEqualTo(3);
    }

    @Test
    void aFailingSearchGivesItsTurnBack() {
        SearchTurns turns = new SearchTurns(1);
        for (int i = 0; i < 3; i++) {
            try {
                turns.take(() -> {
                    throw new IllegalStateException("broken index");
                });
            } catch (IllegalStateException expected) {
                // the next one must still get a turn
            }
        }
        assertThat(turns.take(() -> "answered")).isEqualTo("answered");
    }

    private static int queued(SearchTurns turns) {
        return turns.waiting();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
