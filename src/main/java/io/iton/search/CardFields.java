package io.iton.search;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
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
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

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

    /**
     * The cards of the hits {@code docs} of {@code leaves}, in that order, titles and bodies
     * marked. They are read in document order, each segment's fields with one reader apiece and
     * the texts decoded through one buffer: a doc-values reader of texts holds a buffer as long
     * as the segment's longest, so a reader per hit, as before, made most of what a search
     * allocated.
     */
    static List<Hit> read(List<LeafReaderContext> leaves, int[] docs, Snippets.Marker marker) throws IOException {
        Integer[] inDocOrder = new Integer[docs.length];
        Arrays.setAll(inDocOrder, i -> i);
        Arrays.sort(inDocOrder, Comparator.comparingInt(i -> docs[i]));
        Hit[] hits = new Hit[docs.length];
        Segment segment = null;
        for (int i : inDocOrder) {
            if (segment == null || docs[i] >= segment.end) {
                segment = new Segment(leaves.get(ReaderUtil.subIndex(docs[i], leaves)));
            }
            hits[i] = segment.read(docs[i], marker);
        }
        return List.of(hits);
    }

    /** One segment's card fields; doc values only go forward, so hits come in document order. */
    private static final class Segment {

        private final int base;
        private final int end;
        private final BinaryDocValues slug;
        private final BinaryDocValues title;
        private final BinaryDocValues text;
        private final BinaryDocValues status;
        private final BinaryDocValues sponsor;
        private final SortedNumericDocValues id;
        private final SortedNumericDocValues published;
        private final SortedNumericDocValues category;
        private final SortedNumericDocValues author;
        private char[] chars = new char[0];

        Segment(LeafReaderContext leaf) throws IOException {
            LeafReader reader = leaf.reader();
            base = leaf.docBase;
            end = leaf.docBase + reader.maxDoc();
            slug = DocValues.getBinary(reader, SearchFields.STORED_SLUG);
            title = DocValues.getBinary(reader, SearchFields.STORED_TITLE);
            text = DocValues.getBinary(reader, SearchFields.STORED_TEXT);
            status = DocValues.getBinary(reader, SearchFields.STORED_STATUS);
            sponsor = DocValues.getBinary(reader, SearchFields.STORED_SPONSOR);
            id = DocValues.getSortedNumeric(reader, SearchFields.ID);
            published = DocValues.getSortedNumeric(reader, SearchFields.PUBLISHED);
            category = DocValues.getSortedNumeric(reader, SearchFields.STORED_CATEGORY);
            author = DocValues.getSortedNumeric(reader, SearchFields.STORED_AUTHOR);
        }

        Hit read(int doc, Snippets.Marker marker) throws IOException {
            int local = doc - base;
            long time = number(published, SearchFields.PUBLISHED, local);
            return new Hit(number(id, SearchFields.ID, local), text(slug, local),
                    marker.title(doc, text(title, local)), marker.body(doc, text(text, local)),
                    time == Long.MAX_VALUE ? null : Instant.ofEpochSecond(time),
                    number(category, SearchFields.STORED_CATEGORY, local), number(author, SearchFields.STORED_AUTHOR, local),
                    text(status, local), text(sponsor, local));
        }

        private String text(BinaryDocValues values, int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                return null;
            }
            BytesRef utf8 = values.binaryValue();
            chars = ArrayUtil.grow(chars, utf8.length);
            return new String(chars, 0, UnicodeUtil.UTF8toUTF16(utf8.bytes, utf8.offset, utf8.length, chars));
        }

        private static long number(SortedNumericDocValues values, String field, int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                throw new IllegalStateException("article document " + doc + " has no " + field);
            }
            return values.nextValue();
        }
    }

    private static void text(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new BinaryDocValuesField(field, new BytesRef(value)));
        }
    }
}
