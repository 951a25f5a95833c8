package io.iton.ops;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request rate limits ({@code iton.rate-limit.*}), per minute, in each node's memory: searches
 * (site and API together) and API reads per client address, API writes per account. A client may
 * spend a whole minute's allowance at once; it comes back whole a minute after its first request.
 */
@ConfigurationProperties("iton.rate-limit")
record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("60") int searchesPerMinute,
        @DefaultValue("600") int apiReadsPerMinute,
        @DefaultValue("120") int apiWritesPerMinute) {

    RateLimitProperties {
        if (searchesPerMinute < 1 || apiReadsPerMinute < 1 || apiWritesPerMinute < 1) {
            throw new IllegalArgumentException("iton.rate-limit.* allowances must be at least 1 a minute");
        }
    }
}
