package io.iton.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

final class AnalysisSupport {

    private AnalysisSupport() {
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Position increments, one per token. */
    static List<Integer> positions(Analyzer analyzer, String text) {
        List<Integer> increments = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            var increment = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                increments.add(increment.getPositionIncrement());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return increments;
    }

    static List<String> terms(HebrewAnalyzer.Mode mode, String text) {
        try (HebrewAnalyzer analyzer = new HebrewAnalyzer(mode)) {
            return terms(analyzer, text);
        }
    }
}
