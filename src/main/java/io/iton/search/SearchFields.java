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
 * The index's fields. Each text field is indexed three ways, one {@link Mode} each: {@code title}
 * (exact), {@code title_p} (plus prefix-stripped), {@code title_v} (spelling skeletons). No query
 * needs word positions, so they are left out; only the prefix and spelling fields of the text that
 * results show ({@link #MARKED}) keep positions and character offsets, for marking the matches.
 */
final class SearchFields {

    static final String ID = "id";
    static final String VERSION = "version";
    static final String STATUS = "status";
    static final String PUBLISHED = "published";
    static final String CATEGORY = "category";
    static final String AUTHOR = "author";
    static final String TAG = "tag";
    static final String SPONSORED = "sponsored";
    static final String STORED_SLUG = "stored_slug";
    static final String STORED_CATEGORY = "stored_category";
    static final String STORED_AUTHOR = "stored_author";
    static final String STORED_STATUS = "stored_status";
    static final String STORED_SPONSOR = "stored_sponsor";
    static final String STORED_TITLE = "stored_title";
    static final String STORED_SUBTITLE = "stored_subtitle";
    static final String STORED_TEXT = "stored_text";

    /** Searchable text and how much a match in it counts, exact form. */
    static final Map<String, Float> TEXT = Map.of("title", 6f, "tags", 5f, "subtitle", 3f, "body", 1.5f);
    static final String PREFIXED = "_p";
    static final String VARIANT = "_v";
    /** How a prefix-stripped and a spelling-variant match count against an exact one. */
    static final float PREFIXED_WEIGHT = 0.5f;
    static final float VARIANT_WEIGHT = 0.2f;
    /** Text fields whose matches are marked in results: title and body. */
    static final List<String> MARKED = List.of("title", "body");

    /** Words and how often they occur: all that scoring needs. */
    static final FieldType WORDS = textType(IndexOptions.DOCS_AND_FREQS);
    /** Words with where they are in the text, for marking them without analyzing it again. */
    static final FieldType WORDS_WITH_OFFSETS = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);

    private SearchFields() {
    }

    static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String field : TEXT.keySet()) {
            perField.put(field, new HebrewAnalyzer(Mode.EXACT));
            perField.put(field + PREFIXED, new HebrewAnalyzer(Mode.PREFIXES));
            perField.put(field + VARIANT, new HebrewAnalyzer(Mode.VARIANTS));
        }
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    private static FieldType textType(IndexOptions options) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }
}
