package io.iton.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import io.iton.article.ArticleStatus;

/**
 * Skipping what cannot reach the page must not change the page: on an index sorted newest first,
 * as the app's is, the top hits with the early stop are the top hits of scoring every article.
 */
class RecencyCollectorTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final float WEIGHT = 1f;
    private static final double HALF_LIFE = 30 * 86_400d;

    @Test
    void aSortedIndexStopsEarlyWithTheSamePage() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            write(directory, new Random(7), 3000, 1000);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1)
                        .allSatisfy(leaf -> assertThat(leaf.reader().getMetaData().sort()).isEqualTo(SearchIndex.NEWEST_FIRST));
                IndexSearcher searcher = new IndexSearcher(reader);
                for (Query query : queries()) {
                    for (int size : new int[] {1, 10, 30}) {
                        for (boolean readersOnly : new boolean[] {false, true}) {
                            TopDocs early = searcher.search(query,
                                    RecencyCollector.manager(size, NOW, WEIGHT, HALF_LIFE, readersOnly));
                            assertThat(page(early)).as("%s, %d hits, readers only: %s", query, size, readersOnly)
                                    .isEqualTo(everyScored(searcher, query, size, readersOnly));
                        }
                    }
                }
            }
        }
    }

    @Test
    void aWordEveryArticleHasStopsTheScorerAfterAboutABlockOfEachSegment() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            // Segments of 10,000: Lucene skips by blocks of postings (128 articles in 10.3, 256 in 10.6).
            write(directory, new Random(11), 30_000, 10_000);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                TopDocs common = new IndexSearcher(reader).search(queries()[0],
                        RecencyCollector.manager(10, NOW, WEIGHT, HALF_LIFE, false));
                // The word decides nothing: recency does, and the newest come first. Drafts and
                // scheduled articles, a tenth here, sort first and are all read; of the rest, a block or two.
                assertThat(common.totalHits.value()).isLessThan(reader.numDocs() / 4);
                assertThat(common.totalHits.relation()).isEqualTo(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
            }
        }
    }

    /** The page as scoring every article gives it: relevance plus bonus, best first, then by document. */
    private static String everyScored(IndexSearcher searcher, Query query, int size, boolean readersOnly) throws IOException {
        RecencyCollector bonus = new RecencyCollector(size, NOW, WEIGHT, HALF_LIFE, false);
        List<ScoreDoc> all = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
            Explanation relevance = searcher.explain(query, doc);
            Document fields = stored.document(doc);
            boolean hidden = fields.getField(VISIBLE).numericValue().longValue() > NOW.getEpochSecond();
            if (relevance.isMatch() && !(readersOnly && hidden)) {
                long published = fields.getField(SearchFields.PUBLISHED).numericValue().longValue();
                all.add(new ScoreDoc(doc, relevance.getValue().floatValue() + bonus.bonus(published)));
            }
        }
        all.sort(Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
        return page(new TopDocs(new TotalHits(all.size(), TotalHits.Relation.EQUAL_TO),
                all.subList(0, Math.min(size, all.size())).toArray(ScoreDoc[]::new)));
    }

    /** A common word in every article, a middling one, a rare one, and the common one with the rare. */
    private static Query[] queries() {
        return new Query[] {
                word("common", 0.001f),
                word("middle", 1f),
                new BooleanQuery.Builder().add(word("common", 0.001f), Occur.SHOULD).add(word("rare", 5f), Occur.SHOULD).build()};
    }

    private static Query word(String term, float idf) {
        return FeatureField.newLinearQuery(SearchFields.WORDS, term, idf);
    }

    /** The visible-from time, stored as well to check against. */
    private static final String VISIBLE = "visible";

    /**
     * Articles over two years, some scheduled ahead, some drafts (never published), some taken
     * down after they were published, in several segments.
     */
    private static void write(ByteBuffersDirectory directory, Random random, int articles, int perSegment) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig().setIndexSort(SearchIndex.NEWEST_FIRST);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < articles; i++) {
                Document doc = new Document();
                long published = switch (random.nextInt(20)) {
                    case 0 -> Long.MAX_VALUE;
                    case 1 -> NOW.getEpochSecond() + random.nextInt(86_400 * 10);
                    default -> NOW.getEpochSecond() - random.nextInt(86_400 * 730);
                };
                doc.add(new LongField(SearchFields.PUBLISHED, published, Field.Store.YES));
                ArticleStatus status = published == Long.MAX_VALUE ? ArticleStatus.DRAFT
                        : random.nextInt(10) == 0 ? ArticleStatus.UNPUBLISHED : ArticleStatus.PUBLISHED;
                long visibleFrom = ArticleDocuments.visibleFrom(status, published);
                doc.add(new NumericDocValuesField(SearchFields.VISIBLE_FROM, visibleFrom));
                doc.add(new StoredField(VISIBLE, visibleFrom));
                doc.add(new FeatureField(SearchFields.WORDS, "common", 1 + random.nextFloat() * 10));
                if (random.nextInt(3) == 0) {
                    doc.add(new FeatureField(SearchFields.WORDS, "middle", 1 + random.nextFloat() * 10));
                }
                if (random.nextInt(40) == 0) {
                    doc.add(new FeatureField(SearchFields.WORDS, "rare", 1 + random.nextFloat() * 10));
                }
                writer.addDocument(doc);
                if (i % perSegment == perSegment - 1) {
                    writer.commit();
                }
            }
        }
    }

    private static String page(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map(d -> d.doc).toList().toString();
    }
}
