package io.iton.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score, the same sums in the same order, without its hash of the passage's
 * terms: Lucene makes a {@code BytesRefHash} for every passage it weighs, 32 KB of blocks for
 * the handful of matches a sentence holds, which was a twentieth of a two-word search's CPU on
 * 100,000 articles. A sentence's few distinct terms are found again by a scan.
 */
final class PassageWeights extends PassageScorer {

    /** Past this many matches in one passage, Lucene's hash is the cheaper way. */
    private static final int SCANNED = 64;

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        if (matches > SCANNED) {
            return super.score(passage, contentLength);
        }
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        BytesRef[] distinct = new BytesRef[matches];
        int[] inPassage = new int[matches];
        int[] inDoc = new int[matches];
        int count = 0;
        for (int i = 0; i < matches; i++) {
            int term = 0;
            while (term < count && !distinct[term].bytesEquals(terms[i])) {
                term++;
            }
            if (term == count) {
                distinct[count] = terms[i];
                inDoc[count] = freqsInDoc[i];
                count++;
            }
            inPassage[term]++;
        }
        double score = 0d;
        for (int term = 0; term < count; term++) {
            score += tf(inPassage[term], passage.getLength()) * weight(contentLength, inDoc[term]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }
}
