package io.iton.search;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;

/**
 * Offsets from the postings, as Lucene's own strategy reads them, with each term looked up in a
 * segment's term dictionary once per search instead of once per hit: Lucene seeks every term of
 * the query again for each hit and field, a tenth of a two-word search's CPU on 100,000 articles.
 * One instance serves one search, on one thread ({@link Snippets#marker}).
 */
final class SeekOnceOffsets extends PostingsOffsetStrategy {

    /**
     * Per segment's terms of the field: its enum, where each term is (null: not there), and each
     * term's last postings, reused for the next hit: the highlighter is done with a hit's before
     * it asks for the next one's, and a fresh postings enum with offsets allocates its buffers.
     */
    private final Map<Terms, Segment> segments = new IdentityHashMap<>();

    private record Segment(TermsEnum terms, TermState[] states, PostingsEnum[] postings) {
    }

    SeekOnceOffsets(UHComponents components) {
        super(components);
    }

    @Override
    protected void createOffsetsEnumsForTerms(BytesRef[] sourceTerms, Terms termsIndex, int doc, List<OffsetsEnum> results)
            throws IOException {
        Segment segment = segments.get(termsIndex);
        if (segment == null) {
            segment = seek(sourceTerms, termsIndex);
            segments.put(termsIndex, segment);
        }
        for (int i = 0; i < sourceTerms.length; i++) {
            if (segment.states()[i] == null) {
                continue;
            }
            segment.terms().seekExact(sourceTerms[i], segment.states()[i]);
            PostingsEnum postings = segment.terms().postings(segment.postings()[i], PostingsEnum.OFFSETS);
            segment.postings()[i] = postings;
            if (postings == null) {
                throw new IllegalArgumentException("field '" + getField() + "' was indexed without offsets, cannot highlight");
            }
            if (postings.advance(doc) == doc) {
                results.add(new OffsetsEnum.OfPostings(sourceTerms[i], postings));
            }
        }
    }

    private static Segment seek(BytesRef[] sourceTerms, Terms termsIndex) throws IOException {
        TermsEnum terms = termsIndex.iterator();
        TermState[] states = new TermState[sourceTerms.length];
        for (int i = 0; i < sourceTerms.length; i++) {
            if (terms.seekExact(sourceTerms[i])) {
                states[i] = terms.termState();
            }
        }
        return new Segment(terms, states, new PostingsEnum[sourceTerms.length]);
    }
}
