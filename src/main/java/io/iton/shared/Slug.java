package io.iton.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL slugs that keep Hebrew readable: letters of any script and digits stay, quotes and geresh
 * inside words vanish ({@code צה"ל} becomes {@code צהל}), everything else becomes one hyphen.
 */
public final class Slug {

    public static final int MAX_LENGTH = 80;

    /** ASCII and Hebrew quote marks that sit inside words such as צה"ל, ג'יהאד, ארה״ב. */
    private static final Pattern IN_WORD_QUOTES = Pattern.compile("[\"'\u05F3\u05F4\u2018\u2019\u201C\u201D]");
    /** Niqqud and cantillation: a slug is typed, and nobody types vowel points. */
    private static final Pattern HEBREW_MARKS = Pattern.compile("[\u0591-\u05C7&&[^\u05BE\u05C0\u05C3\u05C6]]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private Slug() {
    }

    /** A slug for the given title or name; empty if the text has no letter or digit at all. */
    public static String from(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        s = HEBREW_MARKS.matcher(s).replaceAll("");
        s = IN_WORD_QUOTES.matcher(s).replaceAll("");
        s = NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-");
        s = trimHyphens(s);
        return s.length() <= MAX_LENGTH ? s : cutAtWord(s);
    }

    /** True when the text is already in slug form, as an editor may type it. */
    public static boolean isValid(String text) {
        return text != null && !text.isEmpty() && text.length() <= MAX_LENGTH && from(text).equals(text);
    }

    private static String cutAtWord(String s) {
        String cut = s.substring(0, MAX_LENGTH);
        int lastHyphen = cut.lastIndexOf('-');
        return lastHyphen > MAX_LENGTH / 2 ? cut.substring(0, lastHyphen) : trimHyphens(cut);
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
