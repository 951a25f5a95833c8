package io.iton.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The letters Hebrew glues to the front of a word (ו ה ב כ ל מ ש) and their legal chains, longest
 * first. {@link #strippings} lists every shorter word a token may be once a prefix is taken off,
 * keeping at least {@link #MIN_REMAINING} letters so short words are not ground down to noise.
 */
public final class HebrewPrefixes {

    public static final int MIN_REMAINING = 3;

    /** Conjunction ו, then relative ש / כש / לכש or preposition מ, then article ה or ב כ ל. */
    static final Set<String> PREFIXES = Set.of(
            "ו", "ה", "ב", "כ", "ל", "מ", "ש",
            "וה", "וב", "וכ", "ול", "ומ", "וש",
            "מה", "שה", "שב", "שכ", "של", "שמ", "כש", "מש", "לכש",
            "ומה", "ושה", "ושב", "ושכ", "ושל", "ושמ", "וכש", "ומש", "ולכש",
            "כשה", "כשב", "כשל", "וכשה", "וכשב", "וכשל", "לכשה");

    static final int LONGEST = PREFIXES.stream().mapToInt(String::length).max().orElse(0);

    private HebrewPrefixes() {
    }

    /** The words under the prefixes of this token, shortest prefix first; empty if it has none. */
    public static List<String> strippings(String token) {
        List<String> words = new ArrayList<>(2);
        if (token.isEmpty() || !HebrewNormalizer.isHebrewLetter(token.charAt(0))) {
            return words;
        }
        for (int p = 1; p <= Math.min(LONGEST, token.length()); p++) {
            String rest = token.substring(p);
            if (PREFIXES.contains(token.substring(0, p)) && letters(rest) >= MIN_REMAINING
                    && HebrewNormalizer.isHebrewLetter(rest.charAt(0))) {
                words.add(rest);
            }
        }
        return words;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (HebrewNormalizer.isHebrewLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
