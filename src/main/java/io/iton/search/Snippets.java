package io.iton.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks the words that matched, in {@code <mark>}, in text that is escaped first: a title in
 * whole, and the best two passages of the body (or its start when the match was elsewhere).
 * The query is plain terms, so a scan of the token stream finds them; "weight matches" or
 * "passage relevancy over speed" would build an in-memory index per hit instead, which cost
 * more than the search itself.
 */
final class Snippets {

    private static final int PASSAGES = 2;

    private final UnifiedHighlighter body = UnifiedHighlighter.builderWithoutSearcher(SearchFields.analyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withWeightMatches(false)
            .withPassageRelevancyOverSpeed(false)
            .withMaxNoHighlightPassages(1)
            .build();
    private final UnifiedHighlighter whole = UnifiedHighlighter.builderWithoutSearcher(SearchFields.analyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "", true))
            .withBreakIterator(WholeBreakIterator::new)
            .withWeightMatches(false)
            .withPassageRelevancyOverSpeed(false)
            .withPassageRelevancyOverSpeed(false)
            .withMaxNoHighlightPassages(1)
            .build();

    String title(Query highlighting, String title) {
        return mark(whole, highlighting, title, 1);
    }

    String body(Query highlighting, String text) {
        return mark(body, highlighting, text, PASSAGES);
    }

    private static String mark(UnifiedHighlighter highlighter, Query query, String text, int passages) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        try {
            Object marked = highlighter.highlightWithoutSearcher(SearchFields.HIGHLIGHT, query, text, passages);
            return marked == null ? HtmlUtils.htmlEscape(text) : marked.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
