package io.iton.article;

/** What happened to an article, for features that react: search, caches, feeds. */
public final class ArticleEvents {

    private ArticleEvents() {
    }

    public record ArticleCreated(long articleId) {
    }

    public record ArticleUpdated(long articleId) {
    }

    public record ArticlePublished(long articleId) {
    }

    public record ArticleUnpublished(long articleId) {
    }
}
