package io.iton.tag;

import java.util.ArrayList;
import java.util.List;

import io.iton.shared.Slug;

/**
 * What an editor typed to find a tag, in the forms a tag's slug could start with. Matching on
 * the slug makes {@code צה"ל}, {@code צה״ל} and {@code צהל} one query (quotes, niqqud and case
 * are gone from slugs); stripping up to three leading prefix letters (ו ה ב כ ל מ ש) lets
 * {@code בצה"ל} or {@code ולרוסיה} find the tag too. Search has a full Hebrew analyzer, but tags
 * cannot use it without a package cycle (search indexes tags), and a slug prefix is enough here.
 */
record TagQuery(List<String> forms) {

    /** The prefix letters of Hebrew: ו ה ב כ ל מ ש. */
    static final String PREFIX_LETTERS = "\u05D5\u05D4\u05D1\u05DB\u05DC\u05DE\u05E9";
    static final int MAX_STRIPPED = 3;
    /** The SQL has this many places for forms; fewer forms repeat the first. */
    static final int SLOTS = 1 + MAX_STRIPPED;
    /** Fewer letters than this left after a prefix would match half the tags. */
    static final int MIN_STEM = 2;

    static TagQuery of(String typed) {
        String full = Slug.from(typed);
        List<String> forms = new ArrayList<>();
        if (!full.isEmpty()) {
            forms.add(full);
        }
        String rest = full;
        for (int i = 0; i < MAX_STRIPPED && rest.length() > MIN_STEM
                && PREFIX_LETTERS.indexOf(rest.charAt(0)) >= 0; i++) {
            rest = rest.substring(1);
            forms.add(rest);
        }
        return new TagQuery(List.copyOf(forms));
    }

    boolean isEmpty() {
        return forms.isEmpty();
    }

    /** The forms, padded to {@link #SLOTS} by repeating the first, each wrapped as a LIKE pattern. */
    List<String> patterns(String before, String after) {
        List<String> patterns = new ArrayList<>();
        for (int i = 0; i < SLOTS; i++) {
            patterns.add(before + forms.get(i < forms.size() ? i : 0) + after);
        }
        return patterns;
    }
}
