package io.iton.search;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A score multiplier of {@code 1 + weight * h / (h + ageInDays)}: today's article gains the full
 * weight, one {@code h} days old half of it. Small by default, so it orders equal matches by
 * date rather than letting a fresh weak match beat an old exact one.
 */
final class RecencyBoost extends DoubleValuesSource {

    private static final double SECONDS_PER_DAY = 86_400d;

    private final long nowEpochSecond;
    private final double weight;
    private final double halfLifeDays;

    RecencyBoost(long nowEpochSecond, double weight, double halfLifeDays) {
        this.nowEpochSecond = nowEpochSecond;
        this.weight = weight;
        this.halfLifeDays = halfLifeDays;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues published = DocValues.getNumeric(ctx.reader(), SearchFields.PUBLISHED);
        return new DoubleValues() {
            private double value = 1;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                double ageDays = published.advanceExact(doc)
                        ? Math.max(0, (nowEpochSecond - published.longValue()) / SECONDS_PER_DAY) : Double.MAX_VALUE;
                value = 1 + weight * halfLifeDays / (halfLifeDays + ageDays);
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecencyBoost r && r.nowEpochSecond == nowEpochSecond && r.weight == weight
                && r.halfLifeDays == halfLifeDays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(nowEpochSecond, weight, halfLifeDays);
    }

    @Override
    public String toString() {
        return "recency(weight=" + weight + ", halfLifeDays=" + halfLifeDays + ")";
    }
}
