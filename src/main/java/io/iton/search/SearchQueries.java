package io.iton.search;

import java.io.IOException;
import java.time.Instant;

import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query for a search. Each word may match three ways, and each way adds its
 * worth: as written (full weight), as written or under a prefix (half), by spelling skeleton (a
 * fifth), so an exact match outranks a prefixed one, which outranks a spelling variant. Each
 * way's worth in an article is kept in the index ({@link WordWeights}: title and tags outweigh
 * the subtitle, the subtitle the body); here it is scaled by how rare the term is (BM25's idf).
 * Then the filters: category, tag, author, dates; what readers may see is checked, and the recency
 * bonus added, as each hit is collected ({@link RecencyCollector}).
 */
final class SearchQueries {

    private SearchQueries() {
    }

    /**
     * The words as scoring clauses at the top of the query, where Lucene can skip what cannot
     * reach the first page: one word's ways directly (any of them), several words each required
     * through its spelling skeletons (all words, {@link #allOf}) or as an optional group of its
     * ways (any word).
     */
    static BooleanQuery.Builder matching(QueryWords words, boolean allWords, IndexReader reader) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (words.words().size() == 1) {
            BooleanQuery ways = word(words.words().getFirst(), reader);
            ways.clauses().forEach(query::add);
            return query.setMinimumNumberShouldMatch(1);
        }
        if (allWords) {
            return allOf(words, reader);
        }
        for (QueryWords.Word word : words.words()) {
            query.add(word(word, reader), Occur.SHOULD);
        }
        return query.setMinimumNumberShouldMatch(1);
    }

    /**
     * All the words: an article has a word exactly when it has one of the word's spelling
     * skeletons (whatever matches as written or under a prefix has its skeleton too), so each
     * word is required through its skeletons alone, as a filter, and every way of every word,
     * the skeletons too, is an optional scoring clause beside it. The same matches and scores as
     * requiring the words as scoring clauses, but in the one shape Lucene skips well, a
     * disjunction under a filter (its MaxScore algorithm): a required scoring clause was scored
     * with the optional ones in every article the words share, however far below the first page.
     * On the 100,000-article benchmark, {@code ראש הממשלה} then collected 37,368 of its 84,723
     * matches and now 6,344, {@code נתניהו מוסקבה} 26,167 of 26,797 and now 798; the four
     * two-word queries of the mix cost 40% less CPU, the whole mix 15% less.
     */
    private static BooleanQuery.Builder allOf(QueryWords words, IndexReader reader) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (QueryWords.Word word : words.words()) {
            BooleanQuery.Builder skeletons = new BooleanQuery.Builder();
            for (String variant : word.variants()) {
                way(skeletons, reader, WordWeights.VARIANT + variant, SearchFields.VARIANT_WEIGHT);
            }
            BooleanQuery required = skeletons.build();
            if (required.clauses().isEmpty()) {
                // A word no article has: nothing matches.
                return new BooleanQuery.Builder().add(new MatchNoDocsQuery(), Occur.MUST);
            }
            query.add(required.clauses().size() == 1 ? required.clauses().getFirst().query() : required, Occur.FILTER);
            required.clauses().forEach(query::add);
            way(query, reader, WordWeights.EXACT + word.exact(), 1f);
            for (String form : word.prefixed()) {
                way(query, reader, WordWeights.PREFIXED + form, SearchFields.PREFIXED_WEIGHT);
            }
        }
        return query.setMinimumNumberShouldMatch(1);
    }

    /** The ways one word matches; a term no article has is left out, as it could only cost time. */
    private static BooleanQuery word(QueryWords.Word word, IndexReader reader) throws IOException {
        BooleanQuery.Builder ways = new BooleanQuery.Builder();
        way(ways, reader, WordWeights.EXACT + word.exact(), 1f);
        for (String form : word.prefixed()) {
            way(ways, reader, WordWeights.PREFIXED + form, SearchFields.PREFIXED_WEIGHT);
        }
        for (String variant : word.variants()) {
            way(ways, reader, WordWeights.VARIANT + variant, SearchFields.VARIANT_WEIGHT);
        }
        return ways.build();
    }

    private static void way(BooleanQuery.Builder ways, IndexReader reader, String term, float weight)
            throws IOException {
        int docFreq = reader.docFreq(new Term(SearchFields.WORDS, term));
        if (docFreq > 0) {
            // Against maxDoc, not numDocs: docFreq too counts an edited article's old version until
            // a merge drops it, and a word in every article must keep a positive weight.
            double idf = Math.log(1 + (reader.maxDoc() - docFreq + 0.5) / (docFreq + 0.5));
            ways.add(FeatureField.newLinearQuery(SearchFields.WORDS, term, (float) (weight * idf)), Occur.SHOULD);
        }
    }

    /**
     * The matching query and the filters the request asks for: category, tag, author, dates.
     * What readers may see and the recency bonus are left to the collector ({@link RecencyCollector}).
     */
    static Query ranked(BooleanQuery.Builder query, SearchRequest request) {
        keyword(query, SearchFields.CATEGORY, request.categoryId());
        keyword(query, SearchFields.TAG, request.tagId());
        keyword(query, SearchFields.AUTHOR, request.authorId());
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().getEpochSecond();
            long to = request.to() == null ? Long.MAX_VALUE - 1 : request.to().getEpochSecond();
            query.add(LongPoint.newRangeQuery(SearchFields.PUBLISHED, from, to), Occur.FILTER);
        }
        return query.build();
    }

    /** The ranked query with what readers may not see left out, for counting its hits. */
    static Query counted(Query ranked, SearchRequest request, Instant now) {
        if (request.includeUnpublished()) {
            return ranked;
        }
        return new BooleanQuery.Builder().add(ranked, Occur.FILTER)
                .add(NumericDocValuesField.newSlowRangeQuery(SearchFields.VISIBLE_FROM, Long.MIN_VALUE, now.getEpochSecond()),
                        Occur.FILTER)
                .build();
    }

    /**
     * What to mark: the skeletons of every form of every word (the word and the words under its
     * prefixes) on the fields that keep offsets.
     */
    static Query highlighting(QueryWords words) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (QueryWords.Word word : words.words()) {
            for (String field : SearchFields.MARKED) {
                word.variants().forEach(form -> query.add(new TermQuery(new Term(field, form)), Occur.SHOULD));
            }
        }
        return query.build();
    }

    private static void keyword(BooleanQuery.Builder query, String field, Long id) {
        if (id != null) {
            query.add(new TermQuery(new Term(field, Long.toString(id))), Occur.FILTER);
        }
    }
}
