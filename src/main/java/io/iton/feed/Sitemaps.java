package io.iton.feed;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.stereotype.Component;

import io.iton.article.ArticleSummary;
import io.iton.article.Articles;
import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.shared.PublicPaths;
import io.iton.shared.PublicationTime;
import io.iton.shared.SiteProperties;
import io.iton.tag.Tags;

/**
 * Sitemaps (sitemaps.org 0.9): an index over paged sitemaps of at most {@link #MAX_URLS} addresses
 * each, for articles, categories, tags and authors, and a Google News sitemap of the last two days.
 * Written with StAX, so every URL and title is escaped by the XML writer, not by hand.
 */
@Component
class Sitemaps {

    static final int MAX_URLS = 50_000;
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private final Articles articles;
    private final Categories categories;
    private final Tags tags;
    private final Authors authors;
    private final SiteProperties site;
    private final PublicationTime time;

    Sitemaps(Articles articles, Categories categories, Tags tags, Authors authors, SiteProperties site,
             PublicationTime time) {
        this.articles = articles;
        this.categories = categories;
        this.tags = tags;
        this.authors = authors;
        this.site = site;
        this.time = time;
    }

    int articlePages() {
        return pages(articles.countPublic());
    }

    int tagPages() {
        return pages(tags.count());
    }

    /**
     * The index names the Google News sitemap only while it has something: a {@code urlset} with
     * no {@code url} is not valid under the sitemaps schema (robots.txt still points at it).
     */
    String index(Instant now) {
        boolean news = !articles.publicSince(now.minus(NEWS_WINDOW)).isEmpty();
        return xml(w -> {
            w.writeStartElement("sitemapindex");
            w.writeDefaultNamespace(NS);
            for (int page = 1; page <= articlePages(); page++) {
                sitemap(w, "/sitemaps/articles-" + page + ".xml");
            }
            sitemap(w, "/sitemaps/categories.xml");
            for (int page = 1; page <= tagPages(); page++) {
                sitemap(w, "/sitemaps/tags-" + page + ".xml");
            }
            sitemap(w, "/sitemaps/authors.xml");
            if (news) {
                sitemap(w, "/sitemaps/news.xml");
            }
            w.writeEndElement();
        });
    }

    String articles(int page) {
        List<ArticleSummary> slice = articles.publicSlice((long) (page - 1) * MAX_URLS, MAX_URLS);
        return urlset(w -> {
            for (ArticleSummary a : slice) {
                url(w, PublicPaths.article(a.id(), a.slug()), a.lastChanged());
            }
        });
    }

    String categories() {
        Map<Long, Instant> last = articles.lastChangeByCategory();
        return urlset(w -> {
            for (var c : categories.all()) {
                url(w, PublicPaths.category(c.slug()), last.get(c.id()));
            }
        });
    }

    String tags(int page) {
        Map<Long, Instant> last = articles.lastChangeByTag();
        return urlset(w -> {
            for (var t : tags.slice((long) (page - 1) * MAX_URLS, MAX_URLS)) {
                url(w, PublicPaths.tag(t.slug()), last.get(t.id()));
            }
        });
    }

    String authors() {
        Map<Long, Instant> last = articles.lastChangeByAuthor();
        return urlset(w -> {
            for (var a : authors.all()) {
                url(w, PublicPaths.author(a.slug()), last.get(a.id()));
            }
        });
    }

    /** Google News: what was published in the last 48 hours, with the publication's name and language. */
    String news(Instant now) {
        List<ArticleSummary> recent = articles.publicSince(now.minus(NEWS_WINDOW));
        return xml(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("news", NEWS_NS);
            for (ArticleSummary a : recent) {
                w.writeStartElement("url");
                element(w, "loc", site.absolute(PublicPaths.article(a.id(), a.slug())));
                w.writeStartElement(NEWS_NS, "news");
                w.writeStartElement(NEWS_NS, "publication");
                w.writeStartElement(NEWS_NS, "name");
                w.writeCharacters(site.name());
                w.writeEndElement();
                w.writeStartElement(NEWS_NS, "language");
                w.writeCharacters("he");
                w.writeEndElement();
                w.writeEndElement();
                w.writeStartElement(NEWS_NS, "publication_date");
                w.writeCharacters(time.machine(a.publishedAt()));
                w.writeEndElement();
                w.writeStartElement(NEWS_NS, "title");
                w.writeCharacters(a.title());
                w.writeEndElement();
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private String urlset(Body urls) {
        return xml(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(NS);
            urls.write(w);
            w.writeEndElement();
        });
    }

    private void sitemap(XMLStreamWriter w, String path) throws XMLStreamException {
        w.writeStartElement("sitemap");
        element(w, "loc", site.absolute(path));
        w.writeEndElement();
    }

    private void url(XMLStreamWriter w, String path, Instant lastmod) throws XMLStreamException {
        w.writeStartElement("url");
        element(w, "loc", site.absolute(path));
        if (lastmod != null) {
            element(w, "lastmod", time.machine(lastmod));
        }
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static String xml(Body body) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.setDefaultNamespace(NS);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write a sitemap", e);
        }
    }

    private static int pages(long count) {
        return (int) Math.max(1, (count + MAX_URLS - 1) / MAX_URLS);
    }
}
