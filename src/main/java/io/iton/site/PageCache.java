package io.iton.site;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Rendered public pages and feeds, kept in memory up to a byte budget, each with its entity tag
 * and the time it was made. Emptied whenever published content changes ({@link PageCacheInvalidation}).
 */
@Component
class PageCache {

    /** One kept response. */
    record Page(byte[] body, String contentType, Map<String, List<String>> headers, String etag, Instant lastModified) {
    }

    private final Cache<String, Page> pages;
    private final Clock clock;

    PageCache(CacheProperties properties, Clock clock) {
        this.clock = clock;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.maxBytes())
                .weigher((String key, Page page) -> page.body().length + key.length() * 2 + 200)
                .recordStats()
                .build();
    }

    Page get(String key) {
        return pages.getIfPresent(key);
    }

    Page put(String key, byte[] body, String contentType, Map<String, List<String>> headers) {
        Page page = new Page(body, contentType, Map.copyOf(headers), etag(body), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        pages.put(key, page);
        return page;
    }

    void clear() {
        pages.invalidateAll();
    }

    long weightedSize() {
        pages.cleanUp();
        return pages.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    /**
     * A weak tag: the same page may go out gzipped or not, and a strong tag would have to differ
     * between the two (Tomcat does not compress a response with a strong one).
     */
    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String key(String path, String query) {
        return query == null ? path : path + "?" + query;
    }
}
