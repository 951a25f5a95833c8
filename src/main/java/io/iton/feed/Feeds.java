package io.iton.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import io.iton.article.Article;
import io.iton.article.ArticleSummary;
import io.iton.article.Articles;
import io.iton.article.ReaderBody;
import io.iton.author.Author;
import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.category.Category;
import io.iton.media.Image;
import io.iton.media.MediaLibrary;
import io.iton.shared.Localizer;
import io.iton.shared.PageTags;
import io.iton.shared.PublicPaths;
import io.iton.shared.SiteProperties;
import io.iton.tag.Tag;
import io.iton.tag.Tags;

/**
 * RSS 2.0 feeds, written by Rome. Dates are RFC 822 in the site's zone, so an Israeli reader's
 * feed says {@code +0200} in winter and {@code +0300} in summer; Rome itself writes GMT, so its
 * document's date elements are rewritten before output. Sponsored items say so in their title
 * and category.
 */
@Component
class Feeds {

    private static final String RSS = "rss_2.0";

    private final MediaLibrary media;
    private final ReaderBody readerBody;
    private final Articles articles;
    private final Categories categories;
    private final Authors authors;
    private final Tags tags;
    private final SiteProperties site;
    private final FeedProperties properties;
    private final Localizer t;
    private final DateTimeFormatter rfc822;

    Feeds(Articles articles, Categories categories, Authors authors, Tags tags, SiteProperties site,
          FeedProperties properties, Localizer t, MediaLibrary media, ReaderBody readerBody) {
        this.readerBody = readerBody;
        this.media = media;
        this.articles = articles;
        this.categories = categories;
        this.authors = authors;
        this.tags = tags;
        this.site = site;
        this.properties = properties;
        this.t = t;
        this.rfc822 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US).withZone(site.timeZone());
    }

    /** A feed's heading: its title, the page it follows, and a line about it. */
    record Channel(String title, String path, String description) {
    }

    String render(Channel channel, List<ArticleSummary> summaries) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(RSS);
        feed.setTitle(channel.title());
        feed.setLink(site.absolute(channel.path()));
        feed.setDescription(channel.description());
        feed.setLanguage("he");
        feed.setGenerator("Iton");
        feed.setEntries(entries(summaries));
        summaries.stream().map(ArticleSummary::lastChanged).max(Instant::compareTo).ifPresent(i -> feed.setPublishedDate(Date.from(i)));
        return write(feed);
    }

    private List<SyndEntry> entries(List<ArticleSummary> summaries) {
        Map<Long, Category> categoryById = categories.all().stream()
                .collect(Collectors.toMap(Category::id, Function.identity()));
        Map<Long, Author> authorById = authors.byIds(summaries.stream().map(ArticleSummary::authorId).distinct().toList());
        List<SyndEntry> entries = new ArrayList<>();
        for (ArticleSummary s : summaries) {
            Article article = articles.find(s.id()).orElseThrow();
            recordTags(article);
            String url = site.absolute(PublicPaths.article(s.id(), s.slug()));
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(s.sponsored() ? t.text("feed.sponsoredTitle", s.title()) : s.title());
            entry.setLink(url);
            entry.setUri(url);
            entry.setPublishedDate(Date.from(s.publishedAt()));
            Author author = authorById.get(s.authorId());
            if (author != null) {
                entry.setAuthor(author.displayName());
            }
            SyndContent description = new SyndContentImpl();
            description.setType("text/html");
            description.setValue(description(s, article));
            entry.setDescription(description);
            entry.setCategories(categories(s, categoryById.get(s.categoryId()), tags.inOrder(article.tagIds())));
            if (article.featuredImageId() != null) {
                media.find(article.featuredImageId()).ifPresent(image -> entry.setEnclosures(List.of(enclosure(image))));
            }
            entries.add(entry);
        }
        return entries;
    }

    /** An item shows the article's words, its category, author and tag names, and its image. */
    private static void recordTags(Article article) {
        PageTags.record(PageTags.article(article.id()), PageTags.category(article.categoryId()),
                PageTags.author(article.authorId()));
        article.tagIds().forEach(id -> PageTags.record(PageTags.tag(id)));
        if (article.featuredImageId() != null) {
            PageTags.record(PageTags.image(article.featuredImageId()));
        }
    }

    /** The featured image, full size, as RSS 2.0 asks: its address, type and length in bytes. */
    private SyndEnclosure enclosure(Image image) {
        SyndEnclosure enclosure = new SyndEnclosureImpl();
        enclosure.setUrl(site.absolute(image.originalUrl()));
        enclosure.setType(image.originalType());
        enclosure.setLength(image.originalBytes());
        return enclosure;
    }

    private String description(ArticleSummary s, Article article) {
        String text = properties.fullText() ? readerBody.of(article) : escape(s.subtitle());
        return s.sponsored() ? "<p>" + escape(t.text("feed.sponsoredBy", s.sponsorName())) + "</p>" + text : text;
    }

    private List<SyndCategory> categories(ArticleSummary s, Category category, List<Tag> articleTags) {
        List<SyndCategory> list = new ArrayList<>();
        if (s.sponsored()) {
            list.add(category(t.text("article.sponsored")));
        }
        if (category != null) {
            list.add(category(category.name()));
        }
        articleTags.forEach(tag -> list.add(category(tag.name())));
        return list;
    }

    private static SyndCategory category(String name) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(name);
        return category;
    }

    private String write(SyndFeed feed) {
        try {
            Document document = new SyndFeedOutput().outputJDom(feed);
            Element channel = document.getRootElement().getChild("channel");
            rewriteDate(channel.getChild("pubDate"), feed.getPublishedDate());
            List<Element> items = channel.getChildren("item");
            for (int i = 0; i < items.size(); i++) {
                rewriteDate(items.get(i).getChild("pubDate"), feed.getEntries().get(i).getPublishedDate());
            }
            StringWriter out = new StringWriter();
            new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).output(document, out);
            return out.toString();
        } catch (FeedException | IOException e) {
            throw new IllegalStateException("could not write a feed", e);
        }
    }

    private void rewriteDate(Element element, Date date) {
        if (element != null && date != null) {
            element.setText(rfc822.format(date.toInstant()));
        }
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
