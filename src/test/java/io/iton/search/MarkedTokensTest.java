package io.iton.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.iton.search.analysis.HebrewAnalyzer;

/**
 * The tokens {@link WordWeights} collects for the marked fields are exactly what the Hebrew chain
 * in {@code VARIANTS} mode gives for the same text (term, offsets, position), so matches are
 * marked where they were before the two readings of each text became one.
 */
class MarkedTokensTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "ברוסיה ובמוסקבה אמרו שהקרמלין לא יוותר",
            "צה\"ל וצה״ל, בצה\"ל; ג'יהאדיסטים והג׳יהאדיסטים",
            "הביטחון והבטחון: שיתוף ושתוף פעולה עם ארה\"ב",
            "מלחמה, ביטחון, שלום, לבנון והרקין — מילים שרק נראות מוּקדמות",
            "NATO ו-HTS, 2024 ו־3.5%   רווחים  כפולים\n\nושורה חדשה",
            "וכשהממשלה לכשיגיע ולכשתבוא, מהחטופים שבדרום",
            "א ב ג אב בב"})
    void areWhatTheVariantsChainGives(String text) throws IOException {
        MarkedTokens collected = new WordWeights().add(SearchFields.BODY, text);
        try (HebrewAnalyzer analyzer = new HebrewAnalyzer(HebrewAnalyzer.Mode.VARIANTS)) {
            assertThat(read(collected)).isNotEmpty().isEqualTo(read(analyzer.tokenStream("f", text)));
        }
    }

    private static List<String> read(TokenStream stream) throws IOException {
        List<String> tokens = new ArrayList<>();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
            tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + increment.getPositionIncrement());
        }
        stream.end();
        tokens.add("end@" + offset.endOffset());
        stream.close();
        return tokens;
    }
}
