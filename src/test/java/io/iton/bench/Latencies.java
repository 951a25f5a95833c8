package io.iton.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.iton.bench.Mix.Kind;

/**
 * What one phase of load measured: each answer's latency by page kind and by minute of the phase,
 * and every error (a status other than 2xx, a timeout, a socket error) by kind and cause.
 */
final class Latencies {

    enum Outcome { OK, NOT_2XX, TIMEOUT, SOCKET_ERROR }

    private final long startNanos;
    private final Map<Kind, Map<Integer, Samples>> byMinute = new EnumMap<>(Kind.class);
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> errorsByMinute = new ConcurrentHashMap<>();
    private final LongAdder bytes = new LongAdder();

    Latencies(long startNanos) {
        this.startNanos = startNanos;
        for (Kind kind : Kind.values()) {
            byMinute.put(kind, new ConcurrentHashMap<>());
        }
    }

    /** An answer to a request meant to be sent at {@code intendedNanos} (its latency counts from then). */
    void record(Kind kind, long intendedNanos, long doneNanos, Outcome outcome, String cause, long size) {
        int minute = (int) ((intendedNanos - startNanos) / 60_000_000_000L);
        if (outcome == Outcome.OK) {
            byMinute.get(kind).computeIfAbsent(minute, m -> new Samples()).add((doneNanos - intendedNanos) / 1000);
            bytes.add(size);
        } else {
            errors.computeIfAbsent(kind + " " + outcome + ": " + cause, k -> new LongAdder()).increment();
            errorsByMinute.computeIfAbsent(minute, m -> new LongAdder()).increment();
        }
    }

    Samples all(Kind kind) {
        Samples all = new Samples();
        byMinute.get(kind).values().forEach(all::addAll);
        return all;
    }

    Samples all() {
        Samples all = new Samples();
        for (Kind kind : Kind.values()) {
            all.addAll(all(kind));
        }
        return all;
    }

    /** Every kind's answers in one minute of the phase. */
    Samples minute(int minute) {
        Samples all = new Samples();
        for (Kind kind : Kind.values()) {
            Samples s = byMinute.get(kind).get(minute);
            if (s != null) {
                all.addAll(s);
            }
        }
        return all;
    }

    long errorsIn(int minute) {
        LongAdder n = errorsByMinute.get(minute);
        return n == null ? 0 : n.sum();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    Map<String, Long> errors() {
        Map<String, Long> copy = new TreeMap<>();
        errors.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    long bytes() {
        return bytes.sum();
    }
}
