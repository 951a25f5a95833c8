package io.iton.api;

import java.time.Instant;
import java.util.List;

/** An article as the API returns it; {@code body} is the sanitized HTML that the site renders. */
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
