package io.iton.site;

import java.util.List;

/**
 * The search page. {@code query} and the filters echo what the reader sent; {@code message} is a
 * Hebrew note (nothing to search for, a bad date); result titles and snippets are escaped HTML
 * with {@code <mark>} around what matched.
 */
public record SearchPage(Chrome chrome, PageMeta meta, String query, List<Link> categories, String category,
                         List<Link> authors, String author, String tag, String from, String to, String message,
                         long total, boolean totalIsAtLeast, List<Result> results, String suggestionUrl, String suggestion,
                         Pagination pagination) {

    /** Whether any filter is set, so the filter box opens by itself. */
    public boolean filtered() {
        return !category.isBlank() || !author.isBlank() || !tag.isBlank() || !from.isBlank() || !to.isBlank();
    }

    public record Result(String titleHtml, String snippetHtml, String url, Link category, Timestamp published,
                         String sponsorName) {
    }
}
