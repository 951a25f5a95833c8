package io.iton.article;

/**
 * Filters for the newsroom's article list; a {@code null} filter means any. {@code titleContains}
 * is matched as typed (no wildcards), anywhere in the headline.
 */
public record ArticleQuery(ArticleStatus status, Long categoryId, Long authorId, Long createdBy, String titleContains) {

    public static final int MAX_TITLE_FILTER = 200;

    public ArticleQuery {
        titleContains = titleContains == null || titleContains.isBlank() ? null : titleContains.strip();
        if (titleContains != null && titleContains.length() > MAX_TITLE_FILTER) {
            titleContains = titleContains.substring(0, MAX_TITLE_FILTER);
        }
    }

    public static ArticleQuery any() {
        return new ArticleQuery(null, null, null, null, null);
    }

    public static ArticleQuery withStatus(ArticleStatus status) {
        return new ArticleQuery(status, null, null, null, null);
    }
}
