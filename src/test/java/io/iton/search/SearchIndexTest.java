package io.iton.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index is derived data: a generation that cannot be read is set aside, not a reason for the
 * application not to start (the start-up repair then indexes every article again).
 */
class SearchIndexTest {

    @TempDir
    Path data;

    @Test
    void aGenerationThatCannotBeReadIsSetAsideAndAFreshOneOpened() throws IOException {
        SearchIndex first = openIndex();
        first.upsert(List.of(article(1)));
        first.destroy();
        Path damaged = onlyGeneration();
        try (Stream<Path> files = Files.list(damaged)) {
            for (Path commit : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.writeString(commit, "not a Lucene commit", StandardCharsets.UTF_8);
            }
        }

        SearchIndex second = openIndex();
        try {
            assertThat(second.isOpen()).isTrue();
            assertThat(onlyGeneration()).as("the damaged generation is gone, a new one in its place").isNotEqualTo(damaged);
            second.upsert(List.of(article(2)));
            int articles = second.read(searcher -> searcher.getIndexReader().numDocs());
            assertThat(articles).as("only what was indexed after the damage").isEqualTo(1);
        } finally {
            second.destroy();
        }
    }

    @Test
    void aRebuiltGenerationGoesLiveAsOneSegmentNewestFirst() throws IOException {
        SearchIndex index = openIndex();
        try {
            SearchIndex.Generation fresh = index.newGeneration();
            for (long id = 1; id <= 30; id++) {
                fresh.writer().addDocument(article(id));
                if (id % 10 == 0) {
                    fresh.writer().flush();  // as the rebuild's memory buffer fills
                }
            }
            index.swap(fresh);

            List<Long> published = index.read(searcher -> {
                assertThat(searcher.getIndexReader().leaves()).hasSize(1);
                LeafReader only = searcher.getIndexReader().leaves().getFirst().reader();
                assertThat(only.getMetaData().sort()).isEqualTo(SearchIndex.NEWEST_FIRST);
                SortedNumericDocValues times = DocValues.getSortedNumeric(only, SearchFields.PUBLISHED);
                List<Long> all = new ArrayList<>();
                while (times.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                    all.add(times.nextValue());
                }
                return all;
            });
            assertThat(published).hasSize(30).isSortedAccordingTo(Comparator.reverseOrder());
        } finally {
            index.destroy();
        }
    }

    /** An index in this test's folder, named after an in-memory database as the app's is after its own. */
    private SearchIndex openIndex() throws IOException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:search-index-test");
        return new SearchIndex(new SearchProperties(null, 1, 30, 12, 0, Duration.ofSeconds(3)), data, database);
    }

    private Path onlyGeneration() throws IOException {
        try (Stream<Path> keys = Files.list(data.resolve("search"))) {
            Path key = keys.findFirst().orElseThrow();
            try (Stream<Path> generations = Files.list(key)) {
                List<Path> all = generations.toList();
                assertThat(all).hasSize(1);
                return all.getFirst();
            }
        }
    }

    private static Document article(long id) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, Long.toString(id), Field.Store.NO));
        doc.add(new SortedNumericDocValuesField(SearchFields.PUBLISHED, 1_700_000_000L + id));
        return doc;
    }
}
