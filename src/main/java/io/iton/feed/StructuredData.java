package io.iton.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.iton.article.Article;
import io.iton.article.Correction;
import io.iton.author.Author;
import io.iton.category.Category;
import io.iton.media.Image;
import io.iton.shared.PublicPaths;
import io.iton.shared.PublicationTime;
import io.iton.shared.SiteProperties;
import io.iton.tag.Tag;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenGraph, Twitter card and JSON-LD for an article, so share previews and search engines read
 * it right: a {@code NewsArticle}, or an {@code AdvertiserContentArticle} when it is paid for.
 * An article without a featured image is previewed with the site's share image.
 */
@Component
public class StructuredData {

    static final String LOGO = "/images/logo.png";
    static final int LOGO_WIDTH = 600;
    static final int LOGO_HEIGHT = 60;
    static final String SHARE_IMAGE = "/images/share.png";
    static final int SHARE_WIDTH = 1200;
    static final int SHARE_HEIGHT = 630;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiteProperties site;
    private final PublicationTime time;

    StructuredData(SiteProperties site, PublicationTime time) {
        this.site = site;
        this.time = time;
    }

    public ArticleMetadata of(Article article, Category category, Author author, List<Tag> tags) {
        return of(article, category, author, tags, List.of());
    }

    /** With the article's public corrections, as schema.org {@code CorrectionComment}s. */
    public ArticleMetadata of(Article article, Category category, Author author, List<Tag> tags,
                              List<Correction> corrections) {
        return of(article, category, author, tags, corrections, null);
    }

    /** With its featured image for previews and JSON-LD; without one ({@code null}), the site's share image. */
    public ArticleMetadata of(Article article, Category category, Author author, List<Tag> tags,
                              List<Correction> corrections, Image featured) {
        String url = site.absolute(PublicPaths.article(article.id(), article.slug()));
        Picture picture = featured == null
                ? new Picture(site.absolute(SHARE_IMAGE), SHARE_WIDTH, SHARE_HEIGHT, site.name())
                : new Picture(site.absolute(featured.originalUrl()), featured.originalWidth(),
                        featured.originalHeight(), featured.alt());
        return new ArticleMetadata(metaTags(article, category, tags, url, picture),
                jsonLd(article, category, author, tags, corrections, url, picture));
    }

    /** The image a share preview and the JSON-LD show. */
    private record Picture(String url, int width, int height, String alt) {
    }

    private List<MetaTag> metaTags(Article a, Category category, List<Tag> tags, String url, Picture picture) {
        List<MetaTag> meta = new ArrayList<>();
        meta.add(og("og:type", "article"));
        meta.add(og("og:site_name", site.name()));
        meta.add(og("og:locale", "he_IL"));
        meta.add(og("og:url", url));
        meta.add(og("og:title", a.searchTitle()));
        meta.add(og("og:description", a.searchDescription()));
        meta.add(og("og:image", picture.url()));
        meta.add(og("og:image:width", Integer.toString(picture.width())));
        meta.add(og("og:image:height", Integer.toString(picture.height())));
        meta.add(og("og:image:alt", picture.alt()));
        meta.add(og("article:published_time", time.machine(a.publishedAt())));
        meta.add(og("article:modified_time", time.machine(a.lastChanged())));
        if (category != null) {
            meta.add(og("article:section", category.name()));
        }
        tags.forEach(t -> meta.add(og("article:tag", t.name())));
        meta.add(new MetaTag("name", "twitter:card", "summary_large_image"));
        meta.add(new MetaTag("name", "twitter:title", a.searchTitle()));
        meta.add(new MetaTag("name", "twitter:description", a.searchDescription()));
        meta.add(new MetaTag("name", "twitter:image", picture.url()));
        meta.add(new MetaTag("name", "twitter:image:alt", picture.alt()));
        return meta;
    }

    private String jsonLd(Article a, Category category, Author author, List<Tag> tags, List<Correction> corrections,
                          String url, Picture picture) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", a.sponsored() ? "AdvertiserContentArticle" : "NewsArticle");
        doc.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
        doc.put("url", url);
        doc.put("headline", a.title());
        doc.put("description", a.searchDescription());
        doc.put("inLanguage", "he");
        doc.put("image", List.of(Map.of("@type", "ImageObject", "url", picture.url(),
                "width", picture.width(), "height", picture.height())));
        doc.put("datePublished", time.machine(a.publishedAt()));
        doc.put("dateModified", time.machine(a.lastChanged()));
        if (author != null) {
            doc.put("author", List.of(Map.of("@type", "Person", "name", author.displayName(),
                    "url", site.absolute(PublicPaths.author(author.slug())))));
        }
        doc.put("publisher", Map.of("@type", "NewsMediaOrganization", "name", site.name(), "url", site.absolute("/"),
                "logo", Map.of("@type", "ImageObject", "url", site.absolute(LOGO), "width", LOGO_WIDTH,
                        "height", LOGO_HEIGHT)));
        if (category != null) {
            doc.put("articleSection", category.name());
        }
        doc.put("keywords", tags.stream().map(Tag::name).toList());
        doc.put("isAccessibleForFree", true);
        if (a.sponsored()) {
            doc.put("sponsor", Map.of("@type", "Organization", "name", a.sponsorName()));
        }
        if (!corrections.isEmpty()) {
            doc.put("correction", corrections.stream().map(c -> Map.of("@type", "CorrectionComment",
                    "text", c.text(), "datePublished", time.machine(c.createdAt()))).toList());
        }
        return scriptSafe(JSON.writeValueAsString(doc));
    }

    /** JSON inside {@code <script>}: no {@code </script>}, no {@code <!--}, whatever a title holds. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static MetaTag og(String property, String content) {
        return new MetaTag("property", property, content);
    }
}
