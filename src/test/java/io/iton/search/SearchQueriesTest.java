package io.iton.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class SearchQueriesTest {

    /**
     * Lucene counts an edited article's old version in a word's document frequency until a merge
     * drops it, so a word every article has can be "in" more articles than the index holds. Its
     * weight must still be positive (Lucene refuses any other), or every search for it fails.
     */
    @Test
    void aWordInEveryArticleStillWeighsSomethingAfterEdits() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int id = 1; id <= 3; id++) {
                    writer.addDocument(article(id));
                }
                writer.commit();
                for (int id = 1; id <= 2; id++) {
                    writer.updateDocument(new Term(SearchFields.ID, Integer.toString(id)), article(id));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.docFreq(new Term(SearchFields.WORDS, WordWeights.EXACT + "ממשלה")))
                        .isGreaterThan(reader.numDocs());
                for (String text : new String[] {"ממשלה", "הממשלה", "ממשלה ממשלה"}) {
                    int found = new IndexSearcher(reader).count(
                            SearchQueries.matching(QueryWords.of(text, 12), true, reader).build());
                    assertThat(found).as(text).isEqualTo(3);
                }
            }
        }
    }

    private static Document article(int id) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, Integer.toString(id), Field.Store.NO));
        for (String way : new String[] {WordWeights.EXACT, WordWeights.PREFIXED, WordWeights.VARIANT}) {
            doc.add(new FeatureField(SearchFields.WORDS, way + "ממשלה", 1));
        }
        return doc;
    }
}
