package io.iton.api;

import java.util.List;

import io.iton.article.ArticleDraft;

/**
 * Create or update an article. {@code version} is required on update: the one the client read,
 * so that a write over somebody else's newer change is refused instead of silently applied.
 * {@code requiredReviews} are review kind codes ({@code LEGAL}, {@code CENSOR}) this article needs
 * on top of its category's.
 */
record ArticleRequest(String title, String subtitle, String body, String slug, Long authorId, Long categoryId,
                      List<String> tags, Boolean sponsored, String sponsorName, String seoTitle, String seoDescription,
                      Long featuredImageId, List<String> requiredReviews, Integer version) {

    ArticleDraft draft() {
        return new ArticleDraft(title, subtitle, body, slug, authorId, categoryId, tags, sponsored, sponsorName,
                seoTitle, seoDescription, featuredImageId, requiredReviews);
    }
}
