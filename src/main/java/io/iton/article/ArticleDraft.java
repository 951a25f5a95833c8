package io.iton.article;

import java.util.List;

/**
 * What a writer sends, as typed: the body is raw HTML (sanitized on save), tags are names (new
 * ones are created), a blank slug is made from the title, a {@code null} sponsor means editorial.
 */
public record ArticleDraft(
        String title,
        String subtitle,
        String body,
        String slug,
        Long authorId,
        Long categoryId,
        List<String> tags,
        String sponsorName) {

    public ArticleDraft {
        tags = tags == null ? List.of() : List.copyOf(tags.stream().map(t -> t == null ? "" : t).toList());
    }
}
