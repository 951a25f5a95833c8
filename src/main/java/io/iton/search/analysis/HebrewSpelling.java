package io.iton.search.analysis;

/**
 * Full and defective spelling (כתיב מלא / חסר) differ in the ו and י written as vowels:
 * {@code ביטחון} / {@code בטחון}, {@code שיתוף} / {@code שתוף}. The skeleton drops every ו and
 * י after the first letter, so both spellings meet. It also meets unrelated words, which is why
 * skeletons only ever match at a low weight, beside the exact and prefix fields.
 */
public final class HebrewSpelling {

    static final char VAV = '\u05D5';
    static final char YOD = '\u05D9';
    /** Skeletons shorter than this say too little to match anything on their own. */
    public static final int MIN_SKELETON = 2;

    private HebrewSpelling() {
    }

    /** Writes the skeleton of {@code buffer[0..length)} in place and returns its length. */
    public static int skeleton(char[] buffer, int length) {
        if (length == 0 || !HebrewNormalizer.isHebrewLetter(buffer[0])) {
            return length;
        }
        int out = 1;
        for (int i = 1; i < length; i++) {
            if (buffer[i] != VAV && buffer[i] != YOD) {
                buffer[out++] = buffer[i];
            }
        }
        return out >= MIN_SKELETON ? out : length;
    }

    public static String skeleton(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, skeleton(chars, chars.length));
    }
}
