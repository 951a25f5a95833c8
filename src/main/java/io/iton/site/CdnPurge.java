package io.iton.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.iton.article.Article;
import io.iton.article.ArticleEvents.ArticleCorrected;
import io.iton.article.ArticleEvents.ArticlePublished;
import io.iton.article.ArticleEvents.ArticleUnpublished;
import io.iton.article.ArticleEvents.ArticleUpdated;
import io.iton.article.Articles;
import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.category.CategoryChanged;
import io.iton.shared.PublicPaths;
import io.iton.shared.SiteProperties;
import io.iton.tag.Tags;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells a CDN in front of the site what to drop ({@code iton.cache.purge-url}): after an article
 * change, the exact addresses that show it (its page, the front page, its category, tags and
 * author with their feeds, the site feed and sitemaps); after a category change, everything, as
 * every page's header shows the categories. Sent in the background: a slow CDN never slows a
 * newsroom request, and a failed call is logged; the {@code s-maxage} bounds what it may serve.
 */
@Component
class CdnPurge {

    private static final Logger log = LoggerFactory.getLogger(CdnPurge.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CacheProperties properties;
    private final SiteProperties site;
    private final Articles articles;
    private final Categories categories;
    private final Tags tags;
    private final Authors authors;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    CdnPurge(CacheProperties properties, SiteProperties site, Articles articles, Categories categories, Tags tags,
             Authors authors) {
        this.properties = properties;
        this.site = site;
        this.articles = articles;
        this.categories = categories;
        this.tags = tags;
        this.authors = authors;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished event) {
        purgeArticle(event.articleId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleUnpublished event) {
        purgeArticle(event.articleId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleUpdated event) {
        purgeArticle(event.articleId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleCorrected event) {
        purgeArticle(event.articleId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CategoryChanged event) {
        send(Map.of("all", true, "urls", List.of()));
    }

    private void purgeArticle(long id) {
        if (properties.purgeUrl().isBlank()) {
            return;
        }
        articles.find(id).ifPresent(article -> send(Map.of("all", false, "urls", List.copyOf(urls(article)))));
    }

    /** Every public address that shows this article. */
    Set<String> urls(Article a) {
        Set<String> paths = new LinkedHashSet<>(List.of(PublicPaths.article(a.id(), a.slug()), "/", "/feed.xml",
                "/sitemap.xml", "/sitemaps/news.xml"));
        categories.find(a.categoryId()).ifPresent(c -> listing(paths, PublicPaths.category(c.slug())));
        authors.find(a.authorId()).ifPresent(x -> listing(paths, PublicPaths.author(x.slug())));
        tags.inOrder(a.tagIds()).forEach(t -> listing(paths, PublicPaths.tag(t.slug())));
        Set<String> urls = new LinkedHashSet<>();
        paths.forEach(p -> urls.add(site.absolute(p)));
        return urls;
    }

    private static void listing(Set<String> paths, String path) {
        paths.add(path);
        paths.add(path + "/feed.xml");
    }

    private void send(Map<String, Object> body) {
        if (properties.purgeUrl().isBlank()) {
            return;
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
