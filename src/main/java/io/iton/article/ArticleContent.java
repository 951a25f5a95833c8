package io.iton.article;

import java.util.List;

/**
 * Validated, sanitized content, ready to store.
 *
 * @param seoTitle        the search engines' and share previews' title, or {@code null} for the headline
 * @param seoDescription  their description, or {@code null} for the subtitle
 * @param featuredImageId the article's image in the media library, or {@code null}
 * @param requiredReviews review kinds this article needs besides its category's
 */
record ArticleContent(String slug, String title, String subtitle, String body, long authorId, long categoryId,
                      String sponsorName, String seoTitle, String seoDescription, Long featuredImageId,
                      List<String> requiredReviews) {

    ArticleContent {
        requiredReviews = List.copyOf(requiredReviews);
    }

    /** Content without the optional fields, as most tests and imports have it. */
    ArticleContent(String slug, String title, String subtitle, String body, long authorId, long categoryId,
                   String sponsorName) {
        this(slug, title, subtitle, body, authorId, categoryId, sponsorName, null, null, null, List.of());
    }
}
