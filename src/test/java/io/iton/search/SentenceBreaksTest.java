package io.iton.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentence ends as the JDK's sentence iterator finds them in article text, for less work. */
class SentenceBreaksTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "ראש הממשלה אמר כי צה\"ל ערוך. השר הגיב: \"לא נכון!\" ומה עכשיו? עוד משפט… וסוף",
            "משפט אחד בלי נקודה",
            "ארה\"ב (וושינגטון). NATO הודיעה היום. 3.5% צמיחה.  שני רווחים.",
            ""})
    void findsTheJdksBoundaries(String text) {
        assertThat(boundaries(new SentenceBreaks(), text))
                .isEqualTo(boundaries(BreakIterator.getSentenceInstance(Locale.ROOT), text));
    }

    @Test
    void movesAroundAnOffsetAsTheJdksDoes() {
        String text = "משפט ראשון. משפט שני! משפט שלישי? סוף.";
        BreakIterator ours = new SentenceBreaks();
        BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
        ours.setText(text);
        jdk.setText(text);
        for (int offset = 0; offset <= text.length(); offset++) {
            assertThat(ours.following(offset)).as("following %d", offset).isEqualTo(jdk.following(offset));
            assertThat(ours.preceding(offset)).as("preceding %d", offset).isEqualTo(jdk.preceding(offset));
        }
    }

    private static List<Integer> boundaries(BreakIterator breaks, String text) {
        breaks.setText(text);
        List<Integer> all = new ArrayList<>();
        for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) {
            all.add(b);
        }
        return all;
    }
}
