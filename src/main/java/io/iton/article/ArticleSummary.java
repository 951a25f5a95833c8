package io.iton.article;

import java.time.Instant;

/**
 * What a list shows of an article: no body, no tags.
 *
 * @param createdBy the account that created it, or {@code null}
 */
public record ArticleSummary(
        long id,
        String slug,
        String title,
        String subtitle,
        long authorId,
        long categoryId,
        ArticleStatus status,
        Instant publishedAt,
        Instant updatedAt,
        Instant createdAt,
        String sponsorName,
        Long createdBy,
        int version) {

    /** When readers last saw it change: its update if that came after publishing, else its publishing. */
    public Instant lastChanged() {
        return updatedAt != null && publishedAt != null && updatedAt.isAfter(publishedAt) ? updatedAt : publishedAt;
    }

    public boolean sponsored() {
        return sponsorName != null;
    }
}
