package io.iton.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.springframework.stereotype.Service;

import io.iton.search.SearchResults.Hit;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Searching articles. All words must match; when that finds nothing, any word may. When even that
 * finds nothing, a close indexed word is offered as "did you mean".
 */
@Service
public class Search {

    /** Results past this depth are not worth a reader's time, nor ours. */
    static final int MAX_DEPTH = 1000;
    private static final double SECONDS_PER_DAY = 86_400d;

    private final SearchIndex index;
    private final SearchProperties properties;
    private final Clock clock;
    private final Snippets snippets = new Snippets();
    private final DirectSpellChecker spelling = spelling();
    private final Timer latency;
    private final SearchTurns turns;

    Search(SearchIndex index, SearchProperties properties, Clock clock, MeterRegistry registry) {
        this.index = index;
        this.properties = properties;
        this.clock = clock;
        this.latency = Timer.builder("iton.search").description("Time to answer a search, from query to hits").register(registry);
        this.turns = new SearchTurns(properties.concurrency(), properties.queueTimeout());
        Gauge.builder("iton.search.waiting", turns, SearchTurns::waiting)
                .description("Searches waiting for their turn to run").register(registry);
    }

    /**
     * One page of results, when its turn comes ({@link SearchTurns}); its time, waiting included,
     * goes to the {@code iton.search} timer.
     */
    public SearchResults search(SearchRequest request) {
        return latency.record(() -> turns.take(() -> searchNow(request)));
    }

    private SearchResults searchNow(SearchRequest request) {
        QueryWords words = QueryWords.of(request.text(), properties.maxQueryTerms());
        int size = request.page().size();
        if (words.isEmpty()) {
            return SearchResults.blank(request.page().number(), size);
        }
        try {
            return index.read(searcher -> {
                Instant now = clock.instant();
                TopDocs top = run(searcher, SearchQueries.matching(words, true, searcher.getIndexReader()), request, now);
                if (top.totalHits.value() == 0 && words.words().size() > 1) {
                    top = run(searcher, SearchQueries.matching(words, false, searcher.getIndexReader()), request, now);
                }
                String suggestion = top.totalHits.value() == 0 ? suggest(searcher, words, request, now) : null;
                // Past MAX_DEPTH matches the search stops counting: the reader sees "more than 1,000".
                boolean atLeast = top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
                long total = atLeast ? MAX_DEPTH : top.totalHits.value();
                return new SearchResults(hits(searcher, top, words, request), total, atLeast,
                        request.page().number(), size, suggestion, false);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's hits, ranked; their count exact up to {@link #MAX_DEPTH}, and "at least" that past it. */
    private TopDocs run(IndexSearcher searcher, BooleanQuery.Builder matching, SearchRequest request, Instant now)
            throws IOException {
        int depth = (int) Math.max(1, Math.min(MAX_DEPTH, request.page().offset() + request.page().size()));
        Query query = SearchQueries.ranked(matching, request);
        TopDocs top = searcher.search(query, RecencyCollector.manager(depth, now, (float) properties.recencyWeight(),
                properties.recencyHalfLifeDays() * SECONDS_PER_DAY, !request.includeUnpublished()));
        if (top.totalHits.relation() == TotalHits.Relation.EQUAL_TO) {
            return top;
        }
        int count = searcher.search(SearchQueries.counted(query, request, now), HitCounter.upTo(MAX_DEPTH));
        return new TopDocs(new TotalHits(count, count < MAX_DEPTH ? TotalHits.Relation.EQUAL_TO
                : TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), top.scoreDocs);
    }

    private List<Hit> hits(IndexSearcher searcher, TopDocs top, QueryWords words, SearchRequest request)
            throws IOException {
        Snippets.Marker marker = snippets.marker(searcher.getIndexReader(), SearchQueries.highlighting(words));
        ScoreDoc[] ranked = top.scoreDocs;
        int[] docs = Arrays.stream(ranked, (int) Math.min(request.page().offset(), ranked.length), ranked.length)
                .mapToInt(hit -> hit.doc).toArray();
        return CardFields.read(searcher.getIndexReader().leaves(), docs, marker);
    }

    /**
     * Words as written are the {@code e:} terms of the weighted field: a suggestion must share
     * that mark and the word's first letter, and is judged on the word's length, not the mark's.
     */
    private static DirectSpellChecker spelling() {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinPrefix(WordWeights.EXACT.length() + 1);
        checker.setMinQueryLength(checker.getMinQueryLength() + WordWeights.EXACT.length());
        return checker;
    }

    /** The query with each unknown word replaced by the closest indexed one, if that finds anything. */
    private String suggest(IndexSearcher searcher, QueryWords words, SearchRequest request, Instant now)
            throws IOException {
        List<String> suggested = new ArrayList<>();
        boolean changed = false;
        for (QueryWords.Word word : words.words()) {
            SuggestWord[] close = spelling.suggestSimilar(new Term(SearchFields.WORDS, WordWeights.EXACT + word.exact()), 1,
                    searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            changed |= close.length > 0;
            suggested.add(close.length > 0 ? close[0].string.substring(WordWeights.EXACT.length()) : word.exact());
        }
        if (!changed) {
            return null;
        }
        String text = String.join(" ", suggested);
        QueryWords alternative = QueryWords.of(text, properties.maxQueryTerms());
        // Offered if it finds anything: the first match will do, unranked.
        Query found = SearchQueries.counted(SearchQueries.ranked(
                SearchQueries.matching(alternative, true, searcher.getIndexReader()), request), request, now);
        return searcher.search(found, HitCounter.upTo(1)) > 0 ? text : null;
    }
}
