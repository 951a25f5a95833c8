package io.iton.article;

/**
 * What happened to an article, for features that react: search, caches, feeds, history. Each
 * event names the account that did it ({@code null} for the system: demo content, the scheduler).
 */
public final class ArticleEvents {

    private ArticleEvents() {
    }

    /** Every article event: which article, and who. */
    public sealed interface ArticleEvent permits ArticleCreated, ArticleUpdated, ArticlePublished, ArticleUnpublished,
            ArticleSubmitted, ArticleReturned, ArticleApproved, ArticleCorrected {

        long articleId();

        Long actorId();
    }

    public record ArticleCreated(long articleId, Long actorId) implements ArticleEvent {
    }

    public record ArticleUpdated(long articleId, Long actorId) implements ArticleEvent {
    }

    /** Public now, or scheduled; also when the publishing job moves a due scheduled article (actor null). */
    public record ArticlePublished(long articleId, Long actorId) implements ArticleEvent {
    }

    public record ArticleUnpublished(long articleId, Long actorId) implements ArticleEvent {
    }

    /** A draft handed in for review. */
    public record ArticleSubmitted(long articleId, Long actorId) implements ArticleEvent {
    }

    /** An editor returned it to draft, saying why. */
    public record ArticleReturned(long articleId, Long actorId, String note) implements ArticleEvent {
    }

    /** An approval of a review kind for the article's current content. */
    public record ArticleApproved(long articleId, Long actorId, String kind) implements ArticleEvent {
    }

    /** A public correction was added: the public page changed. */
    public record ArticleCorrected(long articleId, Long actorId, long correctionId) implements ArticleEvent {
    }
}
