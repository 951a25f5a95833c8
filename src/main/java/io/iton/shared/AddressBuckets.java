package io.iton.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;

/**
 * A token bucket per client address (Bucket4j) in this node's memory: {@code allowance} tokens per
 * {@code window}, on the application clock so tests move time instead of waiting. Idle addresses
 * are forgotten, so the map stays small whatever an attacker sends.
 */
public final class AddressBuckets {

    private final long allowance;
    private final Duration window;
    private final boolean whole;
    private final ClockTimeMeter time;
    private final Cache<String, Bucket> buckets;

    /** Tokens come back evenly over the window: one every {@code window / allowance}. */
    public AddressBuckets(long allowance, Duration window, Clock clock) {
        this(allowance, window, clock, false);
    }

    /** The whole allowance comes back at once, at the end of each window: "N per minute" as people count it. */
    public static AddressBuckets perWindow(long allowance, Duration window, Clock clock) {
        return new AddressBuckets(allowance, window, clock, true);
    }

    private AddressBuckets(long allowance, Duration window, Clock clock, boolean whole) {
        this.allowance = allowance;
        this.window = window;
        this.whole = whole;
        this.time = new ClockTimeMeter(clock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(window.multipliedBy(2))
                .build();
    }

    /** The address's bucket, full when the address is new. */
    public Bucket of(String address) {
        return buckets.get(address, a -> Bucket.builder()
                .addLimit(limit -> whole
                        ? limit.capacity(allowance).refillIntervally(allowance, window)
                        : limit.capacity(allowance).refillGreedy(allowance, window))
                .withCustomTimePrecision(time)
                .build());
    }

    /** The address's bucket if it has one (it has used some of its allowance lately). */
    public Optional<Bucket> existing(String address) {
        return Optional.ofNullable(buckets.getIfPresent(address));
    }
}
