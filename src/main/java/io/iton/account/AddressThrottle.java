package io.iton.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.iton.shared.ClockTimeMeter;

/**
 * A brake on failed logins per client address, against one machine trying many accounts (which
 * the per-account lock alone does not stop). A token bucket per address, in this node's memory:
 * each failure takes a token, and they refill evenly over the window. Idle addresses are
 * forgotten, so the map stays small whatever an attacker sends.
 */
@Component
class AddressThrottle {

    private final AccountProperties properties;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    AddressThrottle(AccountProperties properties, Clock clock) {
        this.properties = properties;
        this.time = new ClockTimeMeter(clock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(properties.addressWindow().multipliedBy(2))
                .build();
    }

    /** How long this address must wait before its next login attempt, if it must. */
    Optional<Duration> waitFor(String address) {
        Bucket bucket = buckets.getIfPresent(address);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    void failed(String address) {
        buckets.get(address, a -> newBucket()).tryConsume(1);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(properties.addressFailures())
                        .refillGreedy(properties.addressFailures(), properties.addressWindow()))
                .withCustomTimePrecision(time)
                .build();
    }
}
