package io.iton.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The Hebrew chain: Unicode word breaking (which keeps {@code צה"ל} and {@code ג'יהאד} whole),
 * {@link HebrewNormalizationFilter}, lower-cased Latin, and then by {@link Mode}: the exact form
 * only; plus the words under prefixes; or the spelling skeletons of both. Each mode feeds its own
 * field, so a query can weigh exact above prefix-stripped above spelling variant.
 */
public final class HebrewAnalyzer extends Analyzer {

    public enum Mode {
        /** The word as written, normalized. */
        EXACT,
        /** The word and the words under its prefixes, at one position. */
        PREFIXES,
        /** The skeletons of the word and of the words under its prefixes. */
        VARIANTS,
        /** Everything above at one position: for highlighting whatever matched. */
        ALL
    }

    /** Longer runs are not words: base64, URLs, a pasted hash. */
    static final int MAX_TOKEN_LENGTH = 60;

    private final Mode mode;

    public HebrewAnalyzer(Mode mode) {
        this.mode = mode;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setMaxTokenLength(MAX_TOKEN_LENGTH);
        TokenStream stream = new LowerCaseFilter(new HebrewNormalizationFilter(tokenizer));
        stream = switch (mode) {
            case EXACT -> stream;
            case PREFIXES -> new HebrewPrefixFilter(stream);
            case VARIANTS -> new RemoveDuplicatesTokenFilter(new HebrewSpellingFilter(new HebrewPrefixFilter(stream)));
            case ALL -> new RemoveDuplicatesTokenFilter(new SkeletonAddingFilter(new HebrewPrefixFilter(stream)));
        };
        return new TokenStreamComponents((Tokenizer) tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new HebrewNormalizationFilter(in));
    }
}
