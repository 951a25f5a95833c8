package io.iton.search;

import java.time.Instant;
import java.util.List;

/**
 * One page of results. Title and snippet are HTML: escaped text with the matched words in
 * {@code <mark>}. {@code total} is exact up to a thousand; past that the search stops counting,
 * {@code totalIsAtLeast} is set and {@code total} is 1,000 ("more than 1,000"), as counting every
 * match of a common word costs more than finding the best.
 * {@code suggestion} is a query with hits for a query that had none, or null. {@code blank} says
 * the query had no word to search for at all.
 */
public record SearchResults(List<Hit> hits, long total, boolean totalIsAtLeast, int page, int pageSize,
                            String suggestion, boolean blank) {

    public record Hit(long id, String slug, String titleHtml, String snippetHtml, Instant publishedAt,
                      long categoryId, long authorId, String status, String sponsorName) {
    }

    public int totalPages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    static SearchResults blank(int page, int pageSize) {
        return new SearchResults(List.of(), 0, false, page, pageSize, null, true);
    }
}
