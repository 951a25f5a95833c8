package io.iton.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A ranked search that reads all segments together, a range of publish times at a time, newest
 * first, instead of one whole segment after the other. Every segment of a rebuilt index holds
 * articles of every age, so segment by segment the page is filled again and again from each
 * segment's newest articles, whose recency bonus keeps nearly anything competitive; across all
 * segments, the first day's or week's articles fill the page once, and every older range starts
 * with the low bonus it can at most add, so the scorer skips most of it
 * ({@link RecencyCollector.Leaf#olderThan}). The hits are the same: only the order in which
 * articles are offered to the collector changes, and it keeps the best whatever the order.
 *
 * <p>Each segment keeps one scorer for all its ranges (a Lucene bulk scorer may be asked for a
 * range of documents after another), so the per-segment setup is paid once, as before.
 */
final class NewestFirstSearch {

    /** Where the ranges of publish times end, in days before now: the bonus halves over the first month. */
    private static final long[] AGES_IN_DAYS = {1, 3, 7, 14, 30, 60, 120, 240, 480};
    private static final long SECONDS_PER_DAY = 86_400;

    private NewestFirstSearch() {
    }

    static TopDocs search(IndexSearcher searcher, Query query, RecencyCollector collector, Instant now)
            throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), collector.scoreMode(), 1f);
        long[] starts = rangeStarts(now.getEpochSecond());
        List<Segment> segments = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier supplier = weight.scorerSupplier(leaf);
            if (supplier != null) {
                supplier.setTopLevelScoringClause();
                segments.add(new Segment(collector.getLeafCollector(leaf), supplier.bulkScorer(),
                        leaf.reader().getLiveDocs(), ends(leaf.reader(), starts)));
            }
        }
        for (int range = 0; range < starts.length; range++) {
            // Range 0 is now and later (scheduled articles, drafts): any bonus; then each is older than the last's start.
            long newest = range == 0 ? Long.MAX_VALUE : starts[range - 1];
            for (Segment segment : segments) {
                segment.score(range, newest);
            }
        }
        for (Segment segment : segments) {
            segment.collector.finish();
        }
        return collector.topDocs();
    }

    /** The earliest publish time of each range, newest range first; the last range has no start. */
    private static long[] rangeStarts(long now) {
        long[] starts = new long[AGES_IN_DAYS.length + 2];
        starts[0] = now;
        for (int i = 0; i < AGES_IN_DAYS.length; i++) {
            starts[i + 1] = now - AGES_IN_DAYS[i] * SECONDS_PER_DAY;
        }
        starts[starts.length - 1] = Long.MIN_VALUE;
        return starts;
    }

    /**
     * Where each range ends in a segment sorted newest first: the first document published before
     * the range's start. A segment in another order is read whole with the first range.
     */
    private static int[] ends(LeafReader reader, long[] starts) throws IOException {
        int[] ends = new int[starts.length];
        boolean newestFirst = SearchIndex.NEWEST_FIRST.equals(reader.getMetaData().sort());
        for (int range = 0; range < starts.length; range++) {
            ends[range] = newestFirst ? firstBefore(reader, starts[range]) : reader.maxDoc();
        }
        return ends;
    }

    /** The first document published before {@code time}, by binary search over the sorted publish times. */
    private static int firstBefore(LeafReader reader, long time) throws IOException {
        int low = 0;
        int high = reader.maxDoc();
        while (low < high) {
            int middle = (low + high) >>> 1;
            // Doc values only move forward: a fresh reader for each look.
            SortedNumericDocValues published = DocValues.getSortedNumeric(reader, SearchFields.PUBLISHED);
            // The index sort puts an article without a time where a time of 0 would be.
            long value = published.advanceExact(middle) ? published.nextValue() : 0;
            if (value < time) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** One segment's scorer, collector and range ends, and how far it has scored. */
    private static final class Segment {

        private final RecencyCollector.Leaf collector;
        private final BulkScorer scorer;
        private final Bits liveDocs;
        private final int[] ends;
        private int next;

        Segment(RecencyCollector.Leaf collector, BulkScorer scorer, Bits liveDocs, int[] ends) {
            this.collector = collector;
            this.scorer = scorer;
            this.liveDocs = liveDocs;
            this.ends = ends;
        }

        void score(int range, long newest) throws IOException {
            int end = ends[range];
            if (next >= end) {
                return;
            }
            collector.olderThan(newest);
            try {
                next = scorer.score(collector, liveDocs, next, end);
            } catch (CollectionTerminatedException e) {
                next = DocIdSetIterator.NO_MORE_DOCS;
            }
        }
    }
}
