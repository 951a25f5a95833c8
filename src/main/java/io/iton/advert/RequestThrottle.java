package io.iton.advert;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.iton.shared.AddressBuckets;

/**
 * At most {@code iton.advert.requests-per-address} requests per client address per window: a
 * token bucket per address (Bucket4j) in this node's memory, refilled evenly. Idle addresses are
 * forgotten, so the map stays small whatever is sent.
 */
@Component
class RequestThrottle {

    private final AddressBuckets buckets;

    RequestThrottle(AdvertProperties properties, Clock clock) {
        this.buckets = new AddressBuckets(properties.requestsPerAddress(), properties.requestWindow(), clock);
    }

    /** Takes one request from the address's allowance; answers how long to wait when there is none left. */
    Optional<Duration> take(String address) {
        var probe = buckets.of(address).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Gives back a request that did not count (the form came back with errors to fix). */
    void giveBack(String address) {
        buckets.existing(address).ifPresent(bucket -> bucket.addTokens(1));
    }
}
