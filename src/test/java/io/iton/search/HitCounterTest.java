package io.iton.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class HitCounterTest {

    @Test
    void countsExactlyUpToTheLimitAcrossSegments() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (int i = 0; i < 900; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("w", i % 3 == 0 ? "third" : "rest", Field.Store.NO));
                    writer.addDocument(doc);
                    if (i % 200 == 199) {
                        writer.commit();
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                TermQuery third = new TermQuery(new Term("w", "third"));
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                assertThat(searcher.search(third, HitCounter.upTo(1000))).isEqualTo(300);
                assertThat(searcher.search(third, HitCounter.upTo(300))).isEqualTo(300);
                assertThat(searcher.search(third, HitCounter.upTo(250))).isEqualTo(250);
                assertThat(searcher.search(new TermQuery(new Term("w", "none")), HitCounter.upTo(10))).isZero();
            }
        }
    }
}
