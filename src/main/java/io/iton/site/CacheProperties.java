package io.iton.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public page cache ({@code iton.cache.*}).
 *
 * @param enabled      keep rendered public pages and feeds in memory
 * @param maxBytes     the most memory the kept pages may take, an eighth of it for the pieces pages share
 *                     (the latest and related lists of article pages); the least used go first
 * @param cacheControl what {@code Cache-Control} tells browsers and a CDN in front
 * @param purgeUrl     where to POST the addresses that changed, for a CDN to drop; none if blank
 */
@ConfigurationProperties("iton.cache")
public record CacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("67108864") long maxBytes,
        @DefaultValue("public, max-age=0, s-maxage=60, stale-while-revalidate=30") String cacheControl,
        @DefaultValue("") String purgeUrl) {
}
