package io.iton.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article as the API returns it; {@code body} is the sanitized HTML that the site renders.
 * Lists leave out {@code body}, {@code tags}, {@code review} and {@code corrections}; fetch the
 * article for them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ArticleJson(
        long id,
        String slug,
        String url,
        String title,
        String subtitle,
        String body,
        Ref author,
        Ref category,
        List<Ref> tags,
        String status,
        Instant publishedAt,
        Instant updatedAt,
        boolean sponsored,
        String sponsorName,
        String seoTitle,
        String seoDescription,
        Long featuredImageId,
        String reviewNote,
        Review review,
        List<CorrectionJson> corrections,
        int version) {

    /** Another resource by id, slug and name. */
    record Ref(long id, String slug, String name) {
    }

    /** A review kind by code and Hebrew name. */
    record Kind(String code, String name) {
    }

    /** An approval that holds for the article's current content. */
    record Granted(String kind, String name, Long approvedBy, Instant approvedAt) {
    }

    /** What the article needs before it is published, what it has, and what is missing. */
    record Review(List<Kind> required, List<Granted> granted, List<Kind> missing, List<String> articleRequires) {
    }

    record CorrectionJson(long id, String text, Instant createdAt) {
    }
}
