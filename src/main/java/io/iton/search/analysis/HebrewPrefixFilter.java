package io.iton.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.AttributeSource;

/**
 * Keeps every token as it is and adds, at the same position, the words under its prefixes:
 * {@code ברוסיה} also indexes {@code רוסיה}, {@code שהקרמלין} also {@code הקרמלין} and
 * {@code קרמלין}. The exact form is never replaced, so a word that only looks prefixed
 * ({@code מלחמה}, {@code לבנון}) is still found as itself. Added tokens have type {@link #TYPE}.
 */
public final class HebrewPrefixFilter extends TokenFilter {

    public static final String TYPE = "<PREFIX_STRIPPED>";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final int[] cuts = new int[HebrewPrefixes.LONGEST];
    private char[] original = new char[32];
    private int originalLength;
    private int pending;
    private int next;
    private AttributeSource.State state;

    public HebrewPrefixFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < pending) {
            restoreState(state);
            int cut = cuts[next++];
            term.copyBuffer(original, cut, originalLength - cut);
            position.setPositionIncrement(0);
            type.setType(TYPE);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        pending = HebrewPrefixes.strippings(term.buffer(), term.length(), cuts);
        next = 0;
        if (pending > 0) {
            originalLength = term.length();
            original = ArrayUtil.grow(original, originalLength);
            System.arraycopy(term.buffer(), 0, original, 0, originalLength);
            state = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = 0;
        next = 0;
        state = null;
    }
}
