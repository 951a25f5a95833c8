package io.iton.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.springframework.stereotype.Component;

import io.iton.article.Article;
import io.iton.article.ArticleStatus;
import io.iton.tag.Tag;
import io.iton.tag.Tags;

/** Turns articles into index documents, looking up tag names a batch at a time. */
@Component
class ArticleDocuments {

    private final Tags tags;

    ArticleDocuments(Tags tags) {
        this.tags = tags;
    }

    List<Document> of(Collection<Article> articles) {
        Map<Long, Tag> tagById = tags.byIds(articles.stream().flatMap(a -> a.tagIds().stream()).distinct().toList());
        return articles.stream().map(a -> document(a,
                a.tagIds().stream().map(tagById::get).filter(t -> t != null).toList())).toList();
    }

    /** Readers find published articles, and scheduled ones once their time has come. */
    static long visibleFrom(ArticleStatus status, long published) {
        return status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED ? published : Long.MAX_VALUE;
    }

    private static Document document(Article a, List<Tag> articleTags) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, Long.toString(a.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(SearchFields.ID, a.id()));
        doc.add(new StoredField(SearchFields.VERSION, a.version()));
        doc.add(new NumericDocValuesField(SearchFields.VERSION, a.version()));
        doc.add(new StringField(SearchFields.STATUS, a.status().name(), Field.Store.NO));
        long published = a.publishedAt() == null ? Long.MAX_VALUE : a.publishedAt().getEpochSecond();
        doc.add(new LongField(SearchFields.PUBLISHED, published, Field.Store.YES));
        doc.add(new NumericDocValuesField(SearchFields.VISIBLE_FROM, visibleFrom(a.status(), published)));
        doc.add(new StringField(SearchFields.CATEGORY, Long.toString(a.categoryId()), Field.Store.NO));
        doc.add(new StringField(SearchFields.AUTHOR, Long.toString(a.authorId()), Field.Store.NO));
        doc.add(new StringField(SearchFields.SPONSORED, Boolean.toString(a.sponsored()), Field.Store.NO));
        articleTags.forEach(t -> doc.add(new StringField(SearchFields.TAG, Long.toString(t.id()), Field.Store.NO)));

        String body = HtmlText.of(a.body());
        String tagNames = articleTags.stream().map(Tag::name).collect(Collectors.joining(" , "));
        WordWeights words = new WordWeights();
        MarkedTokens markedTitle = words.add(SearchFields.TITLE, a.title());
        words.add(SearchFields.TAGS, tagNames);
        words.add(SearchFields.SUBTITLE, a.subtitle());
        MarkedTokens markedBody = words.add(SearchFields.BODY, body);
        words.addTo(doc);
        doc.add(new Field(SearchFields.MARKED_TITLE, markedTitle, SearchFields.WORDS_WITH_OFFSETS));
        doc.add(new Field(SearchFields.MARKED_BODY, markedBody, SearchFields.WORDS_WITH_OFFSETS));
        CardFields.addTo(doc, a, body);
        return doc;
    }
}
