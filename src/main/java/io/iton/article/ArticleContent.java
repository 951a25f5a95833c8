package io.iton.article;

/** Validated, sanitized content, ready to store. */
record ArticleContent(String slug, String title, String subtitle, String body, long authorId, long categoryId,
                      String sponsorName) {
}
