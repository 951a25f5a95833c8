package io.iton.article;

/**
 * What happened to an article, for features that react: search, caches, feeds, history. Each
 * event names the account that did it ({@code null} for the system: demo content, the scheduler).
 */
public final class ArticleEvents {

    private ArticleEvents() {
    }

    /** Every article event: which article, and who. */
    public sealed interface ArticleEvent permits ArticleCreated, ArticleUpdated, ArticlePublished, ArticleUnpublished {

        long articleId();

        Long actorId();
    }

    public record ArticleCreated(long articleId, Long actorId) implements ArticleEvent {
    }

    public record ArticleUpdated(long articleId, Long actorId) implements ArticleEvent {
    }

    public record ArticlePublished(long articleId, Long actorId) implements ArticleEvent {
    }

    public record ArticleUnpublished(long articleId, Long actorId) implements ArticleEvent {
    }
}
