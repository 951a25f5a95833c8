package io.iton.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.iton.shared.AddressBuckets;

/**
 * A brake on failed logins per client address, against one machine trying many accounts (which
 * the per-account lock alone does not stop). A token bucket per address, in this node's memory:
 * each failure takes a token, and they refill evenly over the window. Idle addresses are
 * forgotten, so the map stays small whatever an attacker sends.
 */
@Component
class AddressThrottle {

    private final AddressBuckets buckets;

    AddressThrottle(AccountProperties properties, Clock clock) {
        this.buckets = new AddressBuckets(properties.addressFailures(), properties.addressWindow(), clock);
    }

    /** How long this address must wait before its next login attempt, if it must. */
    Optional<Duration> waitFor(String address) {
        return buckets.existing(address).filter(bucket -> bucket.getAvailableTokens() <= 0)
                .map(bucket -> Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    void failed(String address) {
        buckets.of(address).tryConsume(1);
    }
}
