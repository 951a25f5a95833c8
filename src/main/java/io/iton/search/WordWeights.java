package io.iton.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;

import io.iton.search.analysis.HebrewAnalyzer;
import io.iton.search.analysis.HebrewPrefixFilter;
import io.iton.search.analysis.HebrewSpelling;

/**
 * How much each way of matching a word is worth in one article, worked out once when the article
 * is indexed and kept as one {@link FeatureField} term per way: {@code e:word} (as written),
 * {@code p:word} (as written or under a prefix), {@code v:skeleton} (spelling skeleton of
 * either). The worth sums, over title, tags, subtitle and body, the field's weight times a
 * saturating count of the word there (BM25's shape, against a typical length per field).
 *
 * <p>Why not one text field per field and way, as before: a query then had to walk a dozen
 * postings lists per word and score each article in all of them. Here it walks at most three
 * kinds of term in one field whose postings carry their best scores per block ("impacts"), so
 * Lucene skips the blocks that cannot reach the first page.
 */
final class WordWeights {

    static final String EXACT = "e:";
    static final String PREFIXED = "p:";
    static final String VARIANT = "v:";

    /** BM25's term saturation and length normalization. */
    private static final float K1 = 1.2f;
    private static final float B = 0.75f;

    /** Thread-safe: Lucene keeps one token stream per thread. */
    private static final Analyzer ANALYZER = new HebrewAnalyzer(HebrewAnalyzer.Mode.PREFIXES);

    /** Per form: how often it is written as such, then how often as such or under a prefix, per field. */
    private final Map<String, float[]> forms = new HashMap<>();
    /** Per skeleton: how often each field has a form with that skeleton. */
    private final Map<String, float[]> skeletonCounts = new HashMap<>();
    private final float[] lengths = new float[SearchFields.FIELDS.size()];
    private final Set<String> skeletons = new HashSet<>();

    /**
     * Counts the words of {@code text}, one of the article's {@link SearchFields#FIELDS}, and
     * returns its tokens for a {@link SearchFields#MARKED} field, read on the way.
     */
    MarkedTokens add(SearchFields.Text part, String text) {
        int field = SearchFields.FIELDS.indexOf(part);
        MarkedTokens marked = new MarkedTokens();
        if (text == null || text.isEmpty()) {
            return marked;
        }
        try (TokenStream stream = ANALYZER.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                int step = increment.getPositionIncrement();
                if (step > 0) {
                    skeletons.clear();
                    lengths[field]++;
                }
                float[] counts = forms.computeIfAbsent(word, k -> new float[2 * lengths.length]);
                if (!HebrewPrefixFilter.TYPE.equals(type.type())) {
                    counts[field]++;
                }
                counts[lengths.length + field]++;
                String skeleton = HebrewSpelling.skeleton(word);
                if (skeletons.add(skeleton)) {
                    skeletonCounts.computeIfAbsent(skeleton, k -> new float[lengths.length])[field]++;
                    marked.add(skeleton, offset.startOffset(), offset.endOffset(), step);
                }
            }
            stream.end();
            marked.finish(offset.endOffset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return marked;
    }

    /** Adds one feature per word and way to {@code doc}. */
    void addTo(Document doc) {
        for (Map.Entry<String, float[]> form : forms.entrySet()) {
            add(doc, EXACT + form.getKey(), form.getValue(), 0);
            add(doc, PREFIXED + form.getKey(), form.getValue(), lengths.length);
        }
        for (Map.Entry<String, float[]> skeleton : skeletonCounts.entrySet()) {
            add(doc, VARIANT + skeleton.getKey(), skeleton.getValue(), 0);
        }
    }

    /** The feature for {@code counts[from..from + fields)}, if the word is there at all. */
    private void add(Document doc, String feature, float[] counts, int from) {
        float worth = 0;
        for (int f = 0; f < lengths.length; f++) {
            float tf = counts[from + f];
            if (tf > 0) {
                float norm = 1 - B + B * lengths[f] / SearchFields.FIELDS.get(f).typicalLength();
                worth += SearchFields.FIELDS.get(f).weight() * tf / (tf + K1 * norm);
            }
        }
        if (worth > 0) {
            doc.add(new FeatureField(SearchFields.WORDS, feature, worth));
        }
    }
}
