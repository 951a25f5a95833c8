package io.iton.article;

import java.util.List;

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

    /**
     * The content changed; {@code before} is where the article was listed until then, for caches
     * of the lists it may have left (another category, author or tags).
     */
    public record ArticleUpdated(long articleId, Long actorId, Listed before) implements ArticleEvent {
    }

    /** The lists an article appears in: its category's, its author's, and each of its tags'. */
    public record Listed(long categoryId, long authorId, List<Long> tagIds) {

        public Listed {
            tagIds = List.copyOf(tagIds);
        }

        public static Listed of(Article article) {
            return new Listed(article.categoryId(), article.authorId(), article.tagIds());
        }
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
