package io.iton.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.AttributeSource;

/** Keeps each token and adds its skeleton at the same position, when that differs. */
final class SkeletonAddingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private char[] skeleton = new char[32];
    private int skeletonLength;
    private AttributeSource.State pending;

    SkeletonAddingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
            term.copyBuffer(skeleton, 0, skeletonLength);
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        skeleton = ArrayUtil.grow(skeleton, length);
        System.arraycopy(term.buffer(), 0, skeleton, 0, length);
        skeletonLength = HebrewSpelling.skeleton(skeleton, length);
        if (skeletonLength != length) {
            pending = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
