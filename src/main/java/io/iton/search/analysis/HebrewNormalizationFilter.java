package io.iton.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Applies {@link HebrewNormalizer} to every token; a token that was only marks is dropped. */
public final class HebrewNormalizationFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public HebrewNormalizationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            int length = HebrewNormalizer.normalize(term.buffer(), term.length());
            term.setLength(length);
            if (length > 0) {
                return true;
            }
        }
        return false;
    }
}
