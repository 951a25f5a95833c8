package io.iton.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public page cache ({@code iton.cache.*}).
 *
 * @param enabled      keep rendered public pages and feeds in memory
 * @param maxBytes     the most memory the kept pages may take, an eighth of it for the pieces pages share
 *                     (the latest and related lists of article pages); the least used go first; 0 (the
 *                     default) means an eighth of the heap ({@link #budget})
 * @param cacheControl what {@code Cache-Control} tells browsers and a CDN in front
 * @param purgeUrl     where to POST the addresses that changed, for a CDN to drop; none if blank
 */
@ConfigurationProperties("iton.cache")
public record CacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0") long maxBytes,
        @DefaultValue("public, max-age=0, s-maxage=60, stale-while-revalidate=30") String cacheControl,
        @DefaultValue("") String purgeUrl) {

    /** The least budget an eighth of a small heap is raised to (but never more than half the heap). */
    static final long SMALLEST_BUDGET = 64L << 20;

    public CacheProperties {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("iton.cache.max-bytes must be 0 (an eighth of the heap) or more, not " + maxBytes);
        }
    }

    /**
     * The memory the kept pages may take: {@code maxBytes} if set, or else an eighth of the most
     * heap the JVM may use, at least 64 MB but never more than half the heap. A news site's
     * readers ask for thousands of different articles, the newest most often; a budget that holds
     * only the first ones sends every reader of an older article to the database and the
     * templates. On the soak benchmark's mix (10,000 articles, the most read first, 1 GB heap) the
     * old fixed 64 MB held 1,660 pages and answered 82% of requests; a quarter of the heap (256
     * MB) answered 95% but left G1 short of room (evacuation failures in a third of its young
     * collections, a full collection); an eighth is the budget between the two.
     */
    public long budget() {
        if (maxBytes > 0) {
            return maxBytes;
        }
        long heap = Runtime.getRuntime().maxMemory();
        return Math.min(heap / 2, Math.max(SMALLEST_BUDGET, heap / 8));
    }
}
