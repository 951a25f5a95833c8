package io.iton.article;

import java.util.List;

/**
 * What a writer sends, as typed: the body is raw HTML (sanitized on save), tags are names (new
 * ones are created), a blank slug is made from the title. {@code sponsored} may be left out, and
 * then a sponsor name alone marks paid content; given, it must agree with the sponsor name.
 * {@code seoTitle} and {@code seoDescription} may be blank (the headline and subtitle serve);
 * {@code requiredReviews} are review kind codes this article needs on top of its category's.
 * On an update, those four left {@code null} keep what the article has, so a form or client that
 * does not know them loses nothing; {@code ""}, {@code 0} (no image) and {@code []} clear them.
 */
public record ArticleDraft(
        String title,
        String subtitle,
        String body,
        String slug,
        Long authorId,
        Long categoryId,
        List<String> tags,
        Boolean sponsored,
        String sponsorName,
        String seoTitle,
        String seoDescription,
        Long featuredImageId,
        List<String> requiredReviews) {

    public ArticleDraft {
        tags = tags == null ? List.of() : List.copyOf(tags.stream().map(t -> t == null ? "" : t).toList());
        requiredReviews = requiredReviews == null ? null
                : List.copyOf(requiredReviews.stream().map(k -> k == null ? "" : k).toList());
    }

    /** This draft with what it left out ({@code null}) taken from the stored article. */
    ArticleDraft keepingUnsetFrom(Article stored) {
        return new ArticleDraft(title, subtitle, body, slug, authorId, categoryId, tags, sponsored, sponsorName,
                seoTitle != null ? seoTitle : stored.seoTitle(),
                seoDescription != null ? seoDescription : stored.seoDescription(),
                featuredImageId != null ? featuredImageId : stored.featuredImageId(),
                requiredReviews != null ? requiredReviews : stored.requiredReviews());
    }

    /** The review kinds asked for, none when left out. */
    List<String> reviewsAskedFor() {
        return requiredReviews == null ? List.of() : requiredReviews;
    }

    /** A draft without SEO fields, image or review requirements. */
    public ArticleDraft(String title, String subtitle, String body, String slug, Long authorId, Long categoryId,
                        List<String> tags, Boolean sponsored, String sponsorName) {
        this(title, subtitle, body, slug, authorId, categoryId, tags, sponsored, sponsorName, null, null, null, null);
    }
}
