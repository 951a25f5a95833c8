package io.iton.search.analysis;

/**
 * Folds the ways one Hebrew word is typed into one form: vowel points and cantillation marks go,
 * and the ASCII or typographic quotes that stand in for geresh and gershayim become the real
 * Hebrew marks, so {@code צה"ל} and {@code צה״ל}, {@code ג'יהאד} and {@code ג׳יהאד} are one term.
 * Pure: no state, no allocation when nothing changes.
 */
public final class HebrewNormalizer {

    public static final char GERESH = '\u05F3';
    public static final char GERSHAYIM = '\u05F4';
    static final char APOSTROPHE = '\'';
    static final char QUOTATION_MARK = '"';
    static final char LEFT_SINGLE_QUOTE = '\u2018';
    static final char RIGHT_SINGLE_QUOTE = '\u2019';
    static final char LEFT_DOUBLE_QUOTE = '\u201C';
    static final char RIGHT_DOUBLE_QUOTE = '\u201D';
    static final char ACUTE_ACCENT = '\u00B4';
    /** First and last of the block of cantillation marks and vowel points. */
    static final char FIRST_MARK = '\u0591';
    static final char LAST_MARK = '\u05C7';
    /** In that block but punctuation, not marks: maqaf, paseq, sof pasuq, nun hafukha. */
    static final char MAQAF = '\u05BE';
    static final char PASEQ = '\u05C0';
    static final char SOF_PASUQ = '\u05C3';
    static final char NUN_HAFUKHA = '\u05C6';

    private HebrewNormalizer() {
    }

    /** Normalizes {@code buffer[0..length)} in place and returns the new length. */
    public static int normalize(char[] buffer, int length) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (isMark(c)) {
                continue;
            }
            buffer[out++] = fold(c);
        }
        return out;
    }

    public static String normalize(String text) {
        char[] chars = text.toCharArray();
        return new String(chars, 0, normalize(chars, chars.length));
    }

    static boolean isMark(char c) {
        return c >= FIRST_MARK && c <= LAST_MARK && c != MAQAF && c != PASEQ && c != SOF_PASUQ && c != NUN_HAFUKHA;
    }

    static char fold(char c) {
        return switch (c) {
            case QUOTATION_MARK, LEFT_DOUBLE_QUOTE, RIGHT_DOUBLE_QUOTE -> GERSHAYIM;
            case APOSTROPHE, LEFT_SINGLE_QUOTE, RIGHT_SINGLE_QUOTE, ACUTE_ACCENT -> GERESH;
            default -> c;
        };
    }

    static boolean isHebrewLetter(char c) {
        return c >= '\u05D0' && c <= '\u05EA';
    }
}
