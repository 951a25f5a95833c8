package io.iton.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the Lucene query for a search. Each word may match any text field three ways, and the
 * best way counts: exactly (full weight), by a form under its prefixes (half), by spelling
 * skeleton (a fifth). Title and tags outweigh the subtitle, the subtitle the body. Then a small
 * recency factor, and the filters: what readers may see, category, tag, author, dates.
 */
final class SearchQueries {

    private static final float TIE_BREAKER = 0.1f;
    private static final double SECONDS_PER_DAY = 86_400d;

    private SearchQueries() {
    }

    static Query matching(QueryWords words, boolean allWords) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (QueryWords.Word word : words.words()) {
            query.add(word(word), allWords ? Occur.MUST : Occur.SHOULD);
        }
        return query.build();
    }

    private static Query word(QueryWords.Word word) {
        List<Query> ways = new ArrayList<>();
        for (Map.Entry<String, Float> field : SearchFields.TEXT.entrySet()) {
            ways.add(boost(new TermQuery(new Term(field.getKey(), word.exact())), field.getValue()));
            for (String form : word.prefixed()) {
                ways.add(boost(new TermQuery(new Term(field.getKey() + SearchFields.PREFIXED, form)),
                        field.getValue() * SearchFields.PREFIXED_WEIGHT));
            }
            for (String variant : word.variants()) {
                ways.add(boost(new TermQuery(new Term(field.getKey() + SearchFields.VARIANT, variant)),
                        field.getValue() * SearchFields.VARIANT_WEIGHT));
            }
        }
        return new DisjunctionMaxQuery(ways, TIE_BREAKER);
    }

    /**
     * The matching query, a recency bonus added to its score (full for today's article, half at the
     * half-life), and the filters. The bonus is Lucene's distance-feature query, which, unlike a
     * score multiplier, still lets the search skip articles that cannot reach the top.
     */
    static Query ranked(Query matching, SearchRequest request, Instant now, SearchProperties properties) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(matching, Occur.MUST);
        if (properties.recencyWeight() > 0) {
            long halfLife = (long) (properties.recencyHalfLifeDays() * SECONDS_PER_DAY);
            query.add(LongField.newDistanceFeatureQuery(SearchFields.PUBLISHED, (float) properties.recencyWeight(),
                    now.getEpochSecond(), Math.max(1, halfLife)), Occur.SHOULD);
        }
        if (!request.includeUnpublished()) {
            query.add(new TermInSetQuery(SearchFields.STATUS, List.of(new BytesRef("PUBLISHED"), new BytesRef("SCHEDULED"))),
                    Occur.FILTER);
            query.add(LongPoint.newRangeQuery(SearchFields.PUBLISHED, Long.MIN_VALUE, now.getEpochSecond()), Occur.FILTER);
        }
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

    /**
     * What to mark: every form of every word on the fields that keep offsets, the prefix field
     * (the word and the words under its prefixes) and the spelling field (their skeletons).
     */
    static Query highlighting(QueryWords words) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (QueryWords.Word word : words.words()) {
            for (String field : SearchFields.MARKED) {
                word.prefixed().forEach(form -> query.add(
                        new TermQuery(new Term(field + SearchFields.PREFIXED, form)), Occur.SHOULD));
                word.variants().forEach(form -> query.add(
                        new TermQuery(new Term(field + SearchFields.VARIANT, form)), Occur.SHOULD));
            }
        }
        return query.build();
    }

    private static void keyword(BooleanQuery.Builder query, String field, Long id) {
        if (id != null) {
            query.add(new TermQuery(new Term(field, Long.toString(id))), Occur.FILTER);
        }
    }

    private static Query boost(Query query, float boost) {
        return new BoostQuery(query, boost);
    }
}
