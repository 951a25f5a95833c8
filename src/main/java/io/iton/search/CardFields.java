package io.iton.search;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.util.BytesRef;

import io.iton.article.Article;
import io.iton.search.SearchResults.Hit;

/**
 * What a result card shows, kept as doc values: reading a hit's card is then a few reads of
 * uncompressed bytes, where stored fields would decompress the block around the article, body
 * and all, for each hit (a sixth of a search's time on 100,000 articles).
 */
final class CardFields {

    private CardFields() {
    }

    static void addTo(Document doc, Article a, String bodyText) {
        text(doc, SearchFields.STORED_SLUG, a.slug());
        text(doc, SearchFields.STORED_TITLE, a.title());
        text(doc, SearchFields.STORED_TEXT, bodyText);
        text(doc, SearchFields.STORED_STATUS, a.status().name());
        text(doc, SearchFields.STORED_SPONSOR, a.sponsorName());
        doc.add(new NumericDocValuesField(SearchFields.STORED_CATEGORY, a.categoryId()));
        doc.add(new NumericDocValuesField(SearchFields.STORED_AUTHOR, a.authorId()));
    }

    /** The card of the hit {@code doc} of {@code leaves}, with its title and body marked. */
    static Hit read(List<LeafReaderContext> leaves, int doc, Snippets.Marker marker) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        LeafReader reader = leaf.reader();
        int local = doc - leaf.docBase;
        long published = number(reader, SearchFields.PUBLISHED, local);
        return new Hit(number(reader, SearchFields.ID, local), text(reader, SearchFields.STORED_SLUG, local),
                marker.title(doc, text(reader, SearchFields.STORED_TITLE, local)),
                marker.body(doc, text(reader, SearchFields.STORED_TEXT, local)),
                published == Long.MAX_VALUE ? null : Instant.ofEpochSecond(published),
                number(reader, SearchFields.STORED_CATEGORY, local), number(reader, SearchFields.STORED_AUTHOR, local),
                text(reader, SearchFields.STORED_STATUS, local), text(reader, SearchFields.STORED_SPONSOR, local));
    }

    private static void text(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new BinaryDocValuesField(field, new BytesRef(value)));
        }
    }

    private static String text(LeafReader reader, String field, int doc) throws IOException {
        BinaryDocValues values = DocValues.getBinary(reader, field);
        return values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
    }

    private static long number(LeafReader reader, String field, int doc) throws IOException {
        SortedNumericDocValues values = DocValues.getSortedNumeric(reader, field);
        if (!values.advanceExact(doc)) {
            throw new IllegalStateException("article document " + doc + " has no " + field);
        }
        return values.nextValue();
    }
}
