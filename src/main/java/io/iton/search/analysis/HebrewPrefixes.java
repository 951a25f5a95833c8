package io.iton.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The letters Hebrew glues to the front of a word (ו ה ב כ ל מ ש) and their legal chains.
 * {@link #strippings} lists every shorter word a token may be once a prefix is taken off,
 * keeping at least {@link #MIN_REMAINING} letters so short words are not ground down to noise.
 * It runs for every token indexed, so it works on the term's own characters and allocates nothing.
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

    public static final int LONGEST = PREFIXES.stream().mapToInt(String::length).max().orElse(0);

    /** The prefix letters; a prefix is a number in base 8 with one digit (1..7) per letter. */
    private static final String LETTERS = "והבכלמש";
    private static final boolean[] IS_PREFIX = new boolean[1 << (3 * LONGEST)];

    static {
        for (String prefix : PREFIXES) {
            int key = 0;
            for (int i = 0; i < prefix.length(); i++) {
                key = key * 8 + LETTERS.indexOf(prefix.charAt(i)) + 1;
            }
            IS_PREFIX[key] = true;
        }
    }

    private HebrewPrefixes() {
    }

    /**
     * Writes into {@code cuts} the lengths of this token's prefixes, shortest first, and returns how
     * many there are; {@code cuts} needs room for {@link #LONGEST}.
     */
    public static int strippings(char[] buffer, int length, int[] cuts) {
        if (length <= MIN_REMAINING || !HebrewNormalizer.isHebrewLetter(buffer[0])) {
            return 0;
        }
        int letters = 0;
        for (int i = 0; i < length; i++) {
            if (HebrewNormalizer.isHebrewLetter(buffer[i])) {
                letters++;
            }
        }
        int found = 0;
        int key = 0;
        for (int p = 1; p <= Math.min(LONGEST, length - 1); p++) {
            int digit = LETTERS.indexOf(buffer[p - 1]) + 1;
            if (digit == 0) {
                break;
            }
            key = key * 8 + digit;
            if (IS_PREFIX[key] && letters - p >= MIN_REMAINING && HebrewNormalizer.isHebrewLetter(buffer[p])) {
                cuts[found++] = p;
            }
        }
        return found;
    }

    /** The words under the prefixes of this token, shortest prefix first; empty if it has none. */
    public static List<String> strippings(String token) {
        char[] chars = token.toCharArray();
        int[] cuts = new int[LONGEST];
        int n = strippings(chars, chars.length, cuts);
        List<String> words = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            words.add(new String(chars, cuts[i], chars.length - cuts[i]));
        }
        return words;
    }
}
