package io.iton.advert;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the operator may tune about the advertising desk ({@code iton.advert.*}).
 *
 * @param salesEmail          where a notification of every new request goes; blank sends none
 * @param mailFrom            the sender of the desk's mail
 * @param minFillTime         a form sent back sooner than this after it was shown counts as spam
 * @param formKey             the secret that signs the time in the form; blank makes a new one at
 *                            each start (set it when several nodes serve the site)
 * @param requestsPerAddress  requests one client address may send per {@code requestWindow}
 * @param requestWindow       the window those requests refill over
 * @param leadRetention       how old a lead must be before it may be anonymized
 * @param outboxMaxAttempts   sending attempts before a message is marked FAILED
 * @param outboxFirstRetry    the wait after the first failure; it doubles with each further one
 * @param outboxLongestRetry  the longest wait between attempts
 * @param outboxBatch         messages sent per run of the outbox job
 */
@ConfigurationProperties("iton.advert")
record AdvertProperties(
        @DefaultValue("") String salesEmail,
        @DefaultValue("iton@localhost") String mailFrom,
        @DefaultValue("3s") Duration minFillTime,
        @DefaultValue("") String formKey,
        @DefaultValue("5") int requestsPerAddress,
        @DefaultValue("1h") Duration requestWindow,
        @DefaultValue("730d") Duration leadRetention,
        @DefaultValue("8") int outboxMaxAttempts,
        @DefaultValue("1m") Duration outboxFirstRetry,
        @DefaultValue("6h") Duration outboxLongestRetry,
        @DefaultValue("20") int outboxBatch) {

    AdvertProperties {
        if (requestsPerAddress < 1 || outboxMaxAttempts < 1 || outboxBatch < 1) {
            throw new IllegalArgumentException("iton.advert limits must be at least 1");
        }
    }

    /** The wait before attempt number {@code attempts + 1}, after {@code attempts} failures: doubling, capped. */
    Duration retryAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = outboxFirstRetry.multipliedBy(1L << doublings);
        return wait.compareTo(outboxLongestRetry) > 0 ? outboxLongestRetry : wait;
    }
}
