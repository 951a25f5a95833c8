package io.iton.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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

    private static final Duration LONG = Duration.ofSeconds(10);

    @Test
    void noMoreSearchesRunAtOnceThanTheLimit() throws Exception {
        SearchTurns turns = new SearchTurns(2, LONG);
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
        SearchTurns turns = new SearchTurns(1, LONG);
        List<Integer> order = new ArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService clients = Executors.newCachedThreadPool()) {
            Future<?> first = holdTurn(clients, turns, release);
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
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (turns.waiting() < i + 1) {
                    assertThat(System.nanoTime()).as("search %d never got in line", n).isLessThan(deadline);
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
    void aSearchWhoseTurnDoesNotComeInTimeIsToldTheServerIsBusy() throws Exception {
        SearchTurns turns = new SearchTurns(1, Duration.ofMillis(50));
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService clients = Executors.newCachedThreadPool()) {
            Future<?> first = holdTurn(clients, turns, release);
            assertThatThrownBy(() -> turns.take(() -> "never run")).isInstanceOf(SearchBusy.class);
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
        }
        assertThat(turns.take(() -> "answered")).as("the busy one took no turn with it").isEqualTo("answered");
    }

    @Test
    void noLimitGivenMeansTwoPerCpu() {
        assertThat(new SearchTurns(0, LONG).limit()).isEqualTo(2 * Runtime.getRuntime().availableProcessors());
        assertThat(new SearchTurns(3, LONG).limit()).isEqualTo(3);
    }

    @Test
    void aFailingSearchGivesItsTurnBack() {
        SearchTurns turns = new SearchTurns(1, LONG);
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

    /** A search that has its turn and keeps it until {@code release}; returned once it has it. */
    private static Future<?> holdTurn(ExecutorService clients, SearchTurns turns, CountDownLatch release)
            throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        Future<?> held = clients.submit(() -> turns.take(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        holding.await();
        return held;
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
