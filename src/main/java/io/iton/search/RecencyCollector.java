package io.iton.search;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * The best hits by relevance plus a recency bonus: {@code weight} for an article published now,
 * half of it at the half-life, as Lucene's distance-feature query gives. The bonus is added here,
 * per collected hit, from its publish time, and not as a clause of the query: a clause that every
 * article matches keeps Lucene from scoring the words as a top-level disjunction, the only shape
 * its MaxScore algorithm skips articles in. Since the bonus is at most {@code weight}, an article
 * whose relevance is below the current n-th best total minus {@code weight} cannot enter the
 * page, and the scorer is told so ({@link Scorable#setMinCompetitiveScore}); the result is the
 * same as scoring every article. In a segment sorted newest first ({@link SearchIndex#NEWEST_FIRST})
 * the bonus can only fall from one collected hit to the next, so the largest bonus still to come
 * is the last hit's, not {@code weight}: once the page is full of recent hits, words common
 * enough to be in every article, whose relevance is next to nothing, stop the scorer early.
 * Skipping starts as soon as the page is full, so {@link #topDocs}' count is then only a floor:
 * what a reader is told comes from {@link HitCounter}, which does not score.
 *
 * <p>For readers, the articles they may not see yet (or any more) are passed over here, by their
 * {@link SearchFields#VISIBLE_FROM} time, and not by filter clauses in the query: with a filter,
 * Lucene's MaxScore moves the words' postings one article at a time through a heap instead of a
 * window at a time, which cost more than all the rest of a search.
 */
final class RecencyCollector implements Collector {

    /** The least rise of the floor worth telling the scorer, as a share of the largest bonus. */
    private static final float FLOOR_STEP = 0.01f;

    private final HitQueue top;
    private final int size;
    private final long now;
    private final float weight;
    private final double halfLife;
    /** The doc value a hit's time is read from, and the latest time a hit may have. */
    private final String timeField;
    private final long latest;
    private int totalHits;
    private boolean skipping;

    /** With {@code readersOnly}, only what readers may see at {@code now} is collected. */
    RecencyCollector(int size, Instant now, float weight, double halfLifeSeconds, boolean readersOnly) {
        this.top = new HitQueue(size, false);
        this.size = size;
        this.now = now.getEpochSecond();
        this.weight = weight;
        this.halfLife = Math.max(1, halfLifeSeconds);
        this.timeField = readersOnly ? SearchFields.VISIBLE_FROM : SearchFields.PUBLISHED;
        this.latest = readersOnly ? this.now : Long.MAX_VALUE;
    }

    static CollectorManager<RecencyCollector, TopDocs> manager(int size, Instant now, float weight, double halfLifeSeconds,
                                                               boolean readersOnly) {
        return new CollectorManager<>() {
            @Override
            public RecencyCollector newCollector() {
                return new RecencyCollector(size, now, weight, halfLifeSeconds, readersOnly);
            }

            @Override
            public TopDocs reduce(Collection<RecencyCollector> collectors) {
                TopDocs[] each = collectors.stream().map(RecencyCollector::topDocs).toArray(TopDocs[]::new);
                return TopDocs.merge(size, each);
            }
        };
    }

    /** What a draft (published "never") or a missing time gets: no bonus. */
    float bonus(long published) {
        if (weight == 0 || published == Long.MAX_VALUE) {
            return 0;
        }
        double distance = Math.abs((double) published - now);
        return (float) (weight * halfLife / (halfLife + distance));
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.TOP_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedNumericDocValues times = DocValues.getSortedNumeric(context.reader(), timeField);
        boolean newestFirst = SearchIndex.NEWEST_FIRST.equals(context.reader().getMetaData().sort());
        int base = context.docBase;
        return new LeafCollector() {
            private Scorable scorer;
            private float floor;
            /** The largest bonus a hit still to come in this segment can have. */
            private float bonusCap = weight;

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                this.scorer = scorer;
                this.floor = 0;
                raiseFloor();
            }

            @Override
            public void collect(int doc) throws IOException {
                long time = times.advanceExact(doc) ? times.nextValue() : Long.MAX_VALUE;
                if (time > latest) {
                    return;
                }
                totalHits++;
                float bonus = bonus(time);
                if (newestFirst && time <= now) {
                    // Newest first: every later article here is older, so further from now.
                    bonusCap = bonus;
                }
                float total = scorer.score() + bonus;
                if (top.size() < size) {
                    top.add(new ScoreDoc(base + doc, total));
                } else if (total > top.top().score) {
                    top.updateTop(new ScoreDoc(base + doc, total));
                }
                raiseFloor();
            }

            /** Once the page is full, relevance that cannot reach it even with the largest bonus left is skipped. */
            private void raiseFloor() throws IOException {
                if (top.size() == size) {
                    float next = Math.nextDown(top.top().score - bonusCap);
                    // In steps: the scorer re-plans its skipping at each new floor, and the bonus
                    // cap falls a little with nearly every hit of a sorted segment.
                    if (next > floor + weight * FLOOR_STEP) {
                        scorer.setMinCompetitiveScore(next);
                        floor = next;
                        skipping = true;
                    }
                }
            }
        };
    }

    TopDocs topDocs() {
        ScoreDoc[] docs = new ScoreDoc[top.size()];
        for (int i = docs.length - 1; i >= 0; i--) {
            docs[i] = top.pop();
        }
        return new TopDocs(new TotalHits(totalHits,
                skipping ? TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO : TotalHits.Relation.EQUAL_TO), docs);
    }
}
