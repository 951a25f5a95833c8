package io.iton.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text's tokens for a {@link SearchFields#MARKED} field, already analysed: the spelling
 * skeletons of each word and of the words under its prefixes, each once per position, with the
 * word's offsets; what {@code HebrewAnalyzer} in {@code VARIANTS} mode gives. {@link WordWeights}
 * collects them while it reads the text anyway, so indexing analyses each text once, not twice.
 * Read once, by the index writer.
 */
final class MarkedTokens extends TokenStream {

    private record Token(String term, int start, int end, int increment) {
    }

    private final List<Token> tokens = new ArrayList<>();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private int next;
    private int finalOffset;

    void add(String skeleton, int start, int end, int increment) {
        tokens.add(new Token(skeleton, start, end, increment));
    }

    /** Where the text ends, as {@link #end()} reports it. */
    void finish(int textLength) {
        finalOffset = textLength;
    }

    @Override
    public boolean incrementToken() {
        if (next == tokens.size()) {
            return false;
        }
        clearAttributes();
        Token token = tokens.get(next++);
        term.setEmpty().append(token.term());
        offset.setOffset(token.start(), token.end());
        position.setPositionIncrement(token.increment());
        return true;
    }

    @Override
    public void end() {
        clearAttributes();
        offset.setOffset(finalOffset, finalOffset);
        position.setPositionIncrement(0);
    }

    @Override
    public void reset() {
        next = 0;
    }
}
