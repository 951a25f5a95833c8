package io.iton.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

import io.iton.search.analysis.HebrewAnalyzer;
import io.iton.search.analysis.HebrewAnalyzer.Mode;

/**
 * The index's fields. The text of title, tags, subtitle and body is searched through one field of
 * weighted words ({@link #WORDS}, see {@link WordWeights}); title and body are also indexed with
 * the spelling skeletons of their words and their character offsets ({@link #MARKED}), only to
 * mark matches.
 */
final class SearchFields {

    static final String ID = "id";
    static final String VERSION = "version";
    static final String STATUS = "status";
    static final String PUBLISHED = "published";
    /**
     * When readers may find the article: its publish time if published or scheduled, never
     * ({@code Long.MAX_VALUE}) otherwise. A doc value read as hits are collected, not a filter
     * clause: a filter makes Lucene score a disjunction one article at a time.
     */
    static final String VISIBLE_FROM = "visible_from";
    static final String CATEGORY = "category";
    static final String AUTHOR = "author";
    static final String TAG = "tag";
    static final String SPONSORED = "sponsored";
    /** The stored_ fields are doc values, what a result card shows ({@link CardFields}). */
    static final String STORED_SLUG = "stored_slug";
    static final String STORED_CATEGORY = "stored_category";
    static final String STORED_AUTHOR = "stored_author";
    static final String STORED_STATUS = "stored_status";
    static final String STORED_SPONSOR = "stored_sponsor";
    static final String STORED_TITLE = "stored_title";
    static final String STORED_TEXT = "stored_text";

    /** Every way each word of the text can be matched, with what it is worth in this article. */
    static final String WORDS = "words";

    /**
     * A searchable part of an article: how much a match in it counts, and how many words it
     * usually has (a longer one than that needs more matches for the same worth).
     */
    record Text(String name, float weight, float typicalLength) {
    }

    static final Text TITLE = new Text("title", 6f, 10f);
    static final Text TAGS = new Text("tags", 5f, 4f);
    static final Text SUBTITLE = new Text("subtitle", 3f, 20f);
    static final Text BODY = new Text("body", 1.5f, 500f);
    static final List<Text> FIELDS = List.of(TITLE, TAGS, SUBTITLE, BODY);

    /** How a prefix-stripped and a spelling-variant match count against an exact one. */
    static final float PREFIXED_WEIGHT = 0.5f;
    static final float VARIANT_WEIGHT = 0.2f;

    /**
     * Title and body as the spelling skeletons of each word and of the words under its prefixes,
     * with where each is. Every way a word matches ends in one of those skeletons, so marking
     * them marks whatever matched; the skeletons alone take half the room of every form.
     */
    static final String MARKED_TITLE = "title_m";
    static final String MARKED_BODY = "body_m";
    static final List<String> MARKED = List.of(MARKED_TITLE, MARKED_BODY);
    static final FieldType WORDS_WITH_OFFSETS = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);

    private SearchFields() {
    }

    static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        MARKED.forEach(field -> perField.put(field, new HebrewAnalyzer(Mode.VARIANTS)));
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    private static FieldType textType(IndexOptions options) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(options);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
