package io.iton.search;

import java.util.Collection;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts matches without scoring them, and stops at {@code limit}: a reader is told "more than
 * 1,000", not a number that would take reading every match of a common word to give. Apart from
 * the ranked search, which skips what cannot reach the page and so never sees most matches.
 */
final class HitCounter implements Collector {

    private final int limit;
    private int count;

    private HitCounter(int limit) {
        this.limit = limit;
    }

    /** The number of matches, or {@code limit} if there are at least that many. */
    static CollectorManager<HitCounter, Integer> upTo(int limit) {
        return new CollectorManager<>() {
            @Override
            public HitCounter newCollector() {
                return new HitCounter(limit);
            }

            @Override
            public Integer reduce(Collection<HitCounter> counters) {
                return Math.min(limit, counters.stream().mapToInt(c -> c.count).sum());
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
        if (count >= limit) {
            throw new CollectionTerminatedException();
        }
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
                // counted, not scored
            }

            @Override
            public void collect(int doc) {
                if (++count >= limit) {
                    throw new CollectionTerminatedException();
                }
            }
        };
    }
}
