package io.iton.site;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.unit.DataSize;

import io.iton.article.ArticleEvents.ArticleCorrected;
import io.iton.article.ArticleEvents.ArticlePublished;
import io.iton.article.ArticleEvents.ArticleUnpublished;
import io.iton.article.ArticleEvents.ArticleUpdated;
import io.iton.article.Articles;
import io.iton.category.Categories;
import io.iton.category.CategoryChanged;
import io.iton.media.MediaEvents.ImageUploaded;
import io.iton.media.MediaEvents.MediaEvent;
import io.iton.tag.TagChanged;

/**
 * Keeps the page cache honest, exactly: each change of published content drops the kept pages
 * that show what changed ({@link ChangedPages}), found by the tags noted when they were rendered,
 * and tells the CDN their addresses. A change of the header's featured categories drops every
 * page. Scheduled articles that became public by the clock count as published.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheInvalidation {

    private final PageCache cache;
    private final ChangedPages changes;
    private final CdnPurge cdn;
    private final Articles articles;
    private final Categories categories;
    private final Clock clock;
    private volatile Instant checkedUpTo;
    /** The header as last seen: each featured category's id, name and slug, in order. */
    private List<List<Object>> featured;

    PageCacheInvalidation(PageCache cache, ChangedPages changes, CdnPurge cdn, Articles articles,
                          Categories categories, Clock clock) {
        this.cache = cache;
        this.changes = changes;
        this.cdn = cdn;
        this.articles = articles;
        this.categories = categories;
        this.clock = clock;
        this.checkedUpTo = clock.instant();
    }

    /** First of all filters: a kept page is answered before anything else runs. */
    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(CacheProperties properties, MoreArticles more,
            @Value("${server.compression.enabled:false}") boolean compress,
            @Value("${server.compression.min-response-size:2KB}") DataSize minSize,
            @Value("${server.compression.mime-types:text/html,text/xml,text/plain,application/xml}") List<String> types) {
        var compression = new PageCacheFilter.Compression(compress, minSize.toBytes(), List.copyOf(types));
        var registration = new FilterRegistrationBean<>(new PageCacheFilter(cache, properties, compression, more));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished event) {
        apply(changes.listed(event.articleId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleUnpublished event) {
        apply(changes.listed(event.articleId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleUpdated event) {
        apply(changes.edited(event.articleId(), event.before()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleCorrected event) {
        apply(changes.corrected(event.articleId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CategoryChanged event) {
        if (featuredChanged()) {
            apply(ChangedPages.Change.everything());
        } else {
            apply(changes.category(event.categoryId(), event.articleIds()));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TagChanged event) {
        apply(changes.tag(event.tagId(), event.articleIds()));
    }

    /** An image's words (alt, caption, credit) or its very existence show on the pages that use it. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(MediaEvent event) {
        if (!(event instanceof ImageUploaded)) {
            apply(changes.image(event.imageId()));
        }
    }

    /** Scheduled articles become public at their minute by the clock alone; pages kept before must go. */
    @Scheduled(fixedDelayString = "${iton.cache.schedule-check:PT15S}")
    void scheduledArticlesCameDue() {
        Instant now = clock.instant();
        articles.scheduledBetween(checkedUpTo, now).forEach(id -> apply(changes.listed(id)));
        checkedUpTo = now;
    }

    /** Whether the header's featured categories (names, addresses, order) differ from the last look. */
    private synchronized boolean featuredChanged() {
        List<List<Object>> now = categories.featured().stream()
                .map(c -> List.<Object>of(c.id(), c.name(), c.slug())).toList();
        boolean changed = featured == null || !featured.equals(now);
        featured = now;
        return changed;
    }

    private void apply(ChangedPages.Change change) {
        if (change.all()) {
            cache.clear();
            cdn.purgeEverything();
            return;
        }
        if (change.tags().isEmpty()) {
            return;
        }
        Set<String> dropped = cache.invalidate(change.tags());
        cdn.purge(change.paths(), dropped);
    }

    @EventListener(ApplicationReadyEvent.class)
    void rememberFeatured() {
        featuredChanged();
    }
}
