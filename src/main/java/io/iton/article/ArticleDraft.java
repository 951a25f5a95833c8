package io.iton.article;

import java.util.List;

/**
 * What a writer sends, as typed: the body is raw HTML (sanitized on save), tags are names (new
 * ones are created), a blank slug is made from the title. {@code sponsored} may be left out, and
 * then a sponsor name alone marks paid content; given, it must agree with the sponsor name.
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
        String sponsorName) {

    public ArticleDraft {
        tags = tags == null ? List.of() : List.copyOf(tags.stream().map(t -> t == null ? "" : t).toList());
    }
}
