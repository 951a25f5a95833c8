package io.iton.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The passage score without Lucene's hash is Lucene's, to the bit, so snippets pick the same passages. */
class PassageWeightsTest {

    @Test
    void scoresEveryPassageAsLuceneDoes() {
        Random random = new Random(11);
        PassageScorer lucene = new PassageScorer();
        PassageWeights ours = new PassageWeights();
        String[] words = {"רוסיה", "ממשלה", "ראש", "צה״ל", "HTS", "בטחון"};
        for (int round = 0; round < 2_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(5_000);
            int matches = random.nextInt(round % 10 == 0 ? 100 : 8);
            passage.setStartOffset(start);
            passage.setEndOffset(start + matches * 31 + 1 + random.nextInt(200));
            int at = start;
            for (int i = 0; i < matches; i++) {
                at += 1 + random.nextInt(25);
                String word = words[random.nextInt(1 + random.nextInt(words.length))];
                passage.addMatch(at, at + word.length(), new BytesRef(word), 1 + random.nextInt(20));
            }
            int length = passage.getEndOffset() + random.nextInt(10_000);
            assertThat(Float.floatToIntBits(ours.score(passage, length)))
                    .as("passage %d", round).isEqualTo(Float.floatToIntBits(lucene.score(passage, length)));
        }
    }
}
