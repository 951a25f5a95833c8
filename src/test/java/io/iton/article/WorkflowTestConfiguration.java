package io.iton.article;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.event.TransactionalEventListener;

import io.iton.article.ArticleEvents.ArticlePublished;
import io.iton.support.TestClock;

/**
 * A clock the workflow tests move, publishing events as listeners after commit see them, and a
 * publishing job that does not run by itself (the tests run it), so that what they count is theirs.
 */
@TestConfiguration(proxyBeanMethods = false)
class WorkflowTestConfiguration {

    static final String PROPERTIES = """
            iton.newsroom.scheduler.initial-delay=PT1H
            iton.newsroom.scheduler.interval=PT1H
            iton.newsroom.scheduler.lock-at-least-for=PT0S
            """;

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    PublishedEvents publishedEvents() {
        return new PublishedEvents();
    }

    /** Every committed {@link ArticlePublished}, in order. */
    static class PublishedEvents {
        final List<ArticlePublished> seen = new CopyOnWriteArrayList<>();

        @TransactionalEventListener(fallbackExecution = true)
        void on(ArticlePublished event) {
            seen.add(event);
        }

        long count(long articleId) {
            return seen.stream().filter(e -> e.articleId() == articleId).count();
        }
    }
}
