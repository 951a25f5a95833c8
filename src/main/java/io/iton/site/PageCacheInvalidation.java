package io.iton.site;

import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.event.TransactionalEventListener;

import io.iton.article.ArticleEvents.ArticleCorrected;
import io.iton.article.ArticleEvents.ArticlePublished;
import io.iton.article.ArticleEvents.ArticleUnpublished;
import io.iton.article.ArticleEvents.ArticleUpdated;
import io.iton.article.Articles;
import io.iton.category.CategoryChanged;
import io.iton.media.MediaEvents.ImageUploaded;
import io.iton.media.MediaEvents.MediaEvent;
import io.iton.tag.TagChanged;

/**
 * Keeps the page cache honest: it is emptied the moment published content changes (a publish,
 * an unpublish, an edit of a public article, a category or tag change) and when a scheduled article's
 * minute comes. Emptying all of it is deliberately coarse: never a stale page, at the price of
 * rendering again pages that did not change.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheInvalidation {

    private final PageCache cache;
    private final Articles articles;
    private final Clock clock;
    private volatile Instant checkedUpTo;

    PageCacheInvalidation(PageCache cache, Articles articles, Clock clock) {
        this.cache = cache;
        this.articles = articles;
        this.clock = clock;
        this.checkedUpTo = clock.instant();
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(CacheProperties properties) {
        FilterRegistrationBean<PageCacheFilter> registration =
                new FilterRegistrationBean<>(new PageCacheFilter(cache, properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished event) {
        cache.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleUnpublished event) {
        cache.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleUpdated event) {
        if (articles.find(event.articleId()).map(a -> a.isPublicAt(clock.instant())).orElse(true)) {
            cache.clear();
        }
    }

    /** A correction changes the public page of the article and nothing else; it is public by rule. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleCorrected event) {
        cache.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CategoryChanged event) {
        cache.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TagChanged event) {
        cache.clear();
    }

    /** An image's words (alt, caption, credit) or its very existence show on the pages that use it. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(MediaEvent event) {
        if (!(event instanceof ImageUploaded)) {
            cache.clear();
        }
    }

    /** Scheduled articles become public at their minute by the clock alone; pages kept before must go. */
    @Scheduled(fixedDelayString = "${iton.cache.schedule-check:PT15S}")
    void scheduledArticlesCameDue() {
        Instant now = clock.instant();
        if (articles.anyScheduledBetween(checkedUpTo, now)) {
            cache.clear();
        }
        checkedUpTo = now;
    }
}
