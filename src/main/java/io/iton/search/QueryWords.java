package io.iton.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import io.iton.search.analysis.HebrewAnalyzer;
import io.iton.search.analysis.HebrewPrefixes;
import io.iton.search.analysis.HebrewSpelling;

/**
 * The words of a query as the index knows them, each with its other forms: the words under its
 * prefixes, and the spelling skeletons of all of them. Lucene syntax means nothing here: a query
 * is text, so {@code AND}, {@code *} or {@code :} are at most words or nothing.
 */
record QueryWords(List<Word> words) {

    record Word(String exact, Set<String> prefixed, Set<String> variants) {
    }

    static QueryWords of(String text, int maxWords) {
        List<Word> words = new ArrayList<>();
        try (HebrewAnalyzer analyzer = new HebrewAnalyzer(HebrewAnalyzer.Mode.EXACT);
             TokenStream stream = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            Set<String> seen = new LinkedHashSet<>();
            while (stream.incrementToken() && seen.size() < maxWords) {
                String exact = term.toString();
                if (seen.add(exact)) {
                    words.add(word(exact));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QueryWords(words);
    }

    private static Word word(String exact) {
        Set<String> prefixed = new LinkedHashSet<>();
        prefixed.add(exact);
        prefixed.addAll(HebrewPrefixes.strippings(exact));
        Set<String> variants = new LinkedHashSet<>();
        prefixed.forEach(form -> variants.add(HebrewSpelling.skeleton(form)));
        return new Word(exact, prefixed, variants);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }
}
