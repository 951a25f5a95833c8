package io.iton.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks the words that matched, in {@code <mark>}, in text that is escaped first: a title in
 * whole, and the best two passages of the body (or its start when the match was elsewhere).
 * Where the words are comes from the index itself: title and body are indexed once more as the
 * spelling skeletons of each word and of the words under its prefixes, with each token's
 * character offsets, so a hit's text is never analyzed again (which cost more than the search).
 */
final class Snippets {

    private static final int PASSAGES = 2;

    private final Highlighter body = new Highlighter(UnifiedHighlighter.builderWithoutSearcher(SearchFields.analyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withBreakIterator(SentenceBreaks::new)
            .withScorer(new PassageWeights())
            .withMaskedFieldsFunc(masks(SearchFields.STORED_TEXT, SearchFields.MARKED_BODY))
            .withWeightMatches(false)
            .withMaxNoHighlightPassages(1));
    private final Highlighter whole = new Highlighter(UnifiedHighlighter.builderWithoutSearcher(SearchFields.analyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "", true))
            .withBreakIterator(WholeBreakIterator::new)
            .withScorer(new PassageWeights())
            .withMaskedFieldsFunc(masks(SearchFields.STORED_TITLE, SearchFields.MARKED_TITLE))
            .withWeightMatches(false)
            .withMaxNoHighlightPassages(1));

    /** The stored text is marked where the field of skeletons, {@code indexed}, matched. */
    private static Function<String, Set<String>> masks(String stored, String indexed) {
        Map<String, Set<String>> masked = Map.of(stored, Set.of(indexed));
        return field -> masked.getOrDefault(field, Set.of());
    }

    /** What to mark for one search, made once and used for each of its hits. */
    Marker marker(IndexReader reader, Query highlighting) {
        return new Marker(reader.leaves(),
                whole.forQuery(SearchFields.STORED_TITLE, highlighting, 1),
                body.forQuery(SearchFields.STORED_TEXT, highlighting, PASSAGES));
    }

    record Marker(List<LeafReaderContext> leaves, FieldHighlighter title, FieldHighlighter body) {

        String title(int doc, String text) throws IOException {
            return mark(title, doc, text);
        }

        String body(int doc, String text) throws IOException {
            return mark(body, doc, text);
        }

        private String mark(FieldHighlighter highlighter, int doc, String text) throws IOException {
            if (text == null || text.isEmpty()) {
                return "";
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            Object marked = highlighter.highlightFieldForDoc(leaf.reader(), doc - leaf.docBase, text);
            return marked == null ? HtmlUtils.htmlEscape(text) : marked.toString();
        }
    }

    /** A unified highlighter that takes offsets from the postings of the masked fields. */
    private static final class Highlighter extends UnifiedHighlighter {

        Highlighter(Builder builder) {
            super(builder);
        }

        @Override
        protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.POSTINGS;
        }

        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
            return new SeekOnceOffsets(components);
        }

        FieldHighlighter forQuery(String field, Query query, int passages) {
            return getFieldHighlighter(field, query, extractTerms(query), passages);
        }
    }
}
