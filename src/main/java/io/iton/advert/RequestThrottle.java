package io.iton.advert;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * At most {@code iton.advert.requests-per-address} requests per client address per window: a
 * token bucket per address (Bucket4j) in this node's memory, refilled evenly. Idle addresses are
 * forgotten, so the map stays small whatever is sent.
 */
@Component
class RequestThrottle {

    private final AdvertProperties properties;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    RequestThrottle(AdvertProperties properties, Clock clock) {
        this.properties = properties;
        this.time = new ClockTime(clock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(properties.requestWindow().multipliedBy(2))
                .build();
    }

    /** Takes one request from the address's allowance; answers how long to wait when there is none left. */
    Optional<Duration> take(String address) {
        var probe = buckets.get(address, a -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Gives back a request that did not count (the form came back with errors to fix). */
    void giveBack(String address) {
        Bucket bucket = buckets.getIfPresent(address);
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(properties.requestsPerAddress())
                        .refillGreedy(properties.requestsPerAddress(), properties.requestWindow()))
                .withCustomTimePrecision(time)
                .build();
    }

    /** The application clock as Bucket4j's time source, so tests move time instead of waiting. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            var now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
