package io.iton.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.iton.shared.ChangeReplay;
import io.iton.shared.SiteProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells a CDN in front of the site what to drop ({@code iton.cache.purge-url}): after a change,
 * the exact addresses that show what changed ({@link ChangedPages}: an article's page, the lists
 * and feeds it is or was in, every page of them, the sitemaps; a category's or tag's pages under
 * its slugs now and before), with those of the site's own kept copies that the change dropped;
 * everything only when the header's featured categories change, as every page shows them. Sent in
 * the background: a slow CDN never slows a newsroom request, and a failed call is logged; the
 * {@code s-maxage} bounds what it may serve.
 */
@Component
class CdnPurge {

    private static final Logger log = LoggerFactory.getLogger(CdnPurge.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CacheProperties properties;
    private final SiteProperties site;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    CdnPurge(CacheProperties properties, SiteProperties site) {
        this.properties = properties;
        this.site = site;
    }

    /** Everything: a change every page shows (the header's featured categories), or one that could not be mapped. */
    void purgeEverything() {
        send(Map.of("all", true, "urls", List.of()));
    }

    /** The addresses worked out from the change, and those of the site's own kept copies it dropped. */
    void purge(Set<String> paths, Set<String> dropped) {
        Set<String> urls = new TreeSet<>();
        paths.forEach(p -> urls.add(site.absolute(p)));
        dropped.forEach(p -> urls.add(site.absolute(p)));
        if (!urls.isEmpty()) {
            send(Map.of("all", false, "urls", List.copyOf(urls)));
        }
    }

    private void send(Map<String, Object> body) {
        if (properties.purgeUrl().isBlank() || ChangeReplay.replaying()) {
            return;  // none configured, or another node's change: that node told the CDN
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.purgeUrl()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error != null || response.statusCode() >= 300) {
                log.warn("CDN purge to {} failed: {}", properties.purgeUrl(),
                        error != null ? error.toString() : "HTTP " + response.statusCode());
            }
        });
    }
}
