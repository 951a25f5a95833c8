package io.iton.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
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
    private final Deque<String> pending = new ArrayDeque<>();
    private AttributeSource.State original;

    public HebrewPrefixFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(original);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            type.setType(TYPE);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        pending.addAll(HebrewPrefixes.strippings(term.toString()));
        if (!pending.isEmpty()) {
            original = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        original = null;
    }
}
