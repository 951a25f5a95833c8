package io.iton.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article as the API returns it; {@code body} is the sanitized HTML that the site renders.
 * Lists leave out {@code body} and {@code tags}; fetch the article for them.
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
        int version) {

    /** Another resource by id, slug and name. */
    record Ref(long id, String slug, String name) {
    }
}
