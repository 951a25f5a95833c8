package io.iton.site;

/**
 * The document head: title, meta description, canonical address (absolute, or null), and the
 * page's own RSS feed (a path, or null; the site's feed is always offered).
 */
public record PageMeta(String title, String description, String canonicalUrl, String feedPath) {

    public PageMeta(String title, String description, String canonicalUrl) {
        this(title, description, canonicalUrl, null);
    }

    PageMeta withFeed(String path) {
        return new PageMeta(title, description, canonicalUrl, path);
    }
}
