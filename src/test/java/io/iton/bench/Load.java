package io.iton.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import io.iton.bench.Latencies.Outcome;

/**
 * Sends the mix to the app: closed-loop (each client sends its next request when the last one
 * answers, to find the peak) or open-loop at a constant rate. In the open loop each request has an
 * intended send time, and its latency counts from then, not from when it actually left: a stalled
 * server (or client) makes the requests behind it late, and that lateness is measured rather than
 * hidden (no coordinated omission).
 */
final class Load {

    /** What an open-loop phase did: requests scheduled and answered, and how late the sender fell at worst. */
    record Sent(long scheduled, long answered, double seconds, double worstSendLagMs) {
    }

    private final HttpClient client;
    private final URI base;
    private final Duration timeout;

    Load(HttpClient client, URI base, Duration timeout) {
        this.client = client;
        this.base = base;
        this.timeout = timeout;
    }

    /** {@code connections} clients back to back for {@code duration}; returns answers per second. */
    double closed(Mix mix, int connections, Duration duration, Latencies into) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        LongAdder answered = new LongAdder();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            clients.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end) {
                    send(mix.next(), System.nanoTime(), into);
                    answered.increment();
                }
            }));
        }
        for (Thread t : clients) {
            t.join();
        }
        return answered.sum() / ((System.nanoTime() - start) / 1e9);
    }

    /** {@code perSecond} requests a second, evenly spaced, for {@code duration}. */
    Sent open(Mix mix, double perSecond, Duration duration, int maxInFlight, long start, Latencies into)
            throws InterruptedException {
        long interval = (long) (1e9 / perSecond);
        long count = (long) (duration.toNanos() / 1e9 * perSecond);
        Semaphore inFlight = new Semaphore(maxInFlight);
        LongAdder answered = new LongAdder();
        long worstLag = 0;
        for (long i = 0; i < count; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.acquire();
            worstLag = Math.max(worstLag, System.nanoTime() - intended);
            Mix.Target target = mix.next();
            Thread.ofVirtual().start(() -> {
                try {
                    send(target, intended, into);
                    answered.increment();
                } finally {
                    inFlight.release();
                }
            });
        }
        if (!inFlight.tryAcquire(maxInFlight, timeout.toSeconds() + 5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("requests still open long after their timeout");
        }
        inFlight.release(maxInFlight);
        return new Sent(count, answered.sum(), (System.nanoTime() - start) / 1e9, worstLag / 1e6);
    }

    private void send(Mix.Target target, long intended, Latencies into) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(target.path())).timeout(timeout).GET().build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            Outcome outcome = status / 100 == 2 ? Outcome.OK : Outcome.NOT_2XX;
            into.record(target.kind(), intended, System.nanoTime(), outcome, "HTTP " + status, response.body().length);
        } catch (HttpTimeoutException e) {
            into.record(target.kind(), intended, System.nanoTime(), Outcome.TIMEOUT, "no answer in " + timeout, 0);
        } catch (IOException e) {
            into.record(target.kind(), intended, System.nanoTime(), Outcome.SOCKET_ERROR, String.valueOf(e), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
