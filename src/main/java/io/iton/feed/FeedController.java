package io.iton.feed;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.iton.article.ArticleSummary;
import io.iton.article.Articles;
import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.shared.Localizer;
import io.iton.shared.NotFound;
import io.iton.shared.PageRequest;
import io.iton.shared.PageTags;
import io.iton.shared.PublicPaths;
import io.iton.shared.SiteProperties;
import io.iton.shared.Slug;
import io.iton.tag.Tags;

/** RSS 2.0 for the site and for each category, tag and author, beside their pages. */
@Controller
class FeedController {

    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

    private final Feeds feeds;
    private final Articles articles;
    private final Categories categories;
    private final Tags tags;
    private final Authors authors;
    private final SiteProperties site;
    private final FeedProperties properties;
    private final Localizer t;

    FeedController(Feeds feeds, Articles articles, Categories categories, Tags tags, Authors authors,
                   SiteProperties site, FeedProperties properties, Localizer t) {
        this.feeds = feeds;
        this.articles = articles;
        this.categories = categories;
        this.tags = tags;
        this.authors = authors;
        this.site = site;
        this.properties = properties;
        this.t = t;
    }

    @GetMapping("/feed.xml")
    ResponseEntity<String> site() {
        PageTags.record(PageTags.LATEST);
        return rss(new Feeds.Channel(site.name(), "/", t.text("feed.siteDescription", site.name())),
                articles.latestPublic(newest()).items());
    }

    @GetMapping("/category/{slug}/feed.xml")
    ResponseEntity<String> category(@PathVariable String slug) {
        var category = categories.findBySlug(slug).orElse(null);
        if (category == null) {
            return moved(categories.findBySlugOrFormer(Slug.from(slug)).map(c -> PublicPaths.category(c.slug()))
                    .orElseThrow(() -> new NotFound("category " + slug)));
        }
        PageTags.record(PageTags.category(category.id()), PageTags.categoryList(category.id()));
        return rss(new Feeds.Channel(site.name() + " – " + category.name(), PublicPaths.category(category.slug()),
                category.description()), articles.publicInCategory(category.id(), newest()).items());
    }

    @GetMapping("/tag/{slug}/feed.xml")
    ResponseEntity<String> tag(@PathVariable String slug) {
        var tag = tags.findBySlug(slug).orElse(null);
        if (tag == null) {
            return moved(tags.findBySlugOrFormer(Slug.from(slug)).map(x -> PublicPaths.tag(x.slug()))
                    .orElseThrow(() -> new NotFound("tag " + slug)));
        }
        PageTags.record(PageTags.tag(tag.id()), PageTags.tagList(tag.id()));
        return rss(new Feeds.Channel(site.name() + " – " + tag.name(), PublicPaths.tag(tag.slug()),
                t.text("listing.tag.description", tag.name())), articles.publicWithTag(tag.id(), newest()).items());
    }

    @GetMapping("/author/{slug}/feed.xml")
    ResponseEntity<String> author(@PathVariable String slug) {
        var author = authors.findBySlug(slug).orElseThrow(() -> new NotFound("author " + slug));
        PageTags.record(PageTags.author(author.id()), PageTags.authorList(author.id()));
        return rss(new Feeds.Channel(site.name() + " – " + author.displayName(), PublicPaths.author(author.slug()),
                author.bio()), articles.publicByAuthor(author.id(), newest()).items());
    }

    /** A category's or tag's feed at a former or differently typed slug: 301 to the feed at its slug now. */
    private static ResponseEntity<String> moved(String listingPath) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(listingPath + "/feed.xml")).build();
    }

    private PageRequest newest() {
        return PageRequest.first(Math.min(PageRequest.MAX_SIZE, properties.items()));
    }

    private ResponseEntity<String> rss(Feeds.Channel channel, List<ArticleSummary> items) {
        return ResponseEntity.ok().contentType(RSS).body(feeds.render(channel, items));
    }
}
