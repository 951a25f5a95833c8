package io.iton.site;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;

import io.iton.article.Article;
import io.iton.article.Correction;
import io.iton.article.Articles;
import io.iton.article.ReaderBody;
import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.feed.StructuredData;
import io.iton.media.Image;
import io.iton.media.MediaLibrary;
import io.iton.shared.NotFound;
import io.iton.shared.PageTags;
import io.iton.shared.PublicPaths;
import io.iton.tag.Tag;
import io.iton.tag.Tags;

/** {@code /article/{id}/{slug}}: the article page, or a 301 to it when the slug is wrong or missing. */
@Controller
class ArticleController {

    private final Articles articles;
    private final Categories categories;
    private final Authors authors;
    private final Tags tags;
    private final ArticleCards cards;
    private final SiteFrame frame;
    private final StructuredData structuredData;
    private final Clock clock;
    private final MediaLibrary media;
    private final ReaderBody readerBody;
    private final MoreArticles more;

    ArticleController(Articles articles, Categories categories, Authors authors, Tags tags, ArticleCards cards,
                      SiteFrame frame, StructuredData structuredData, Clock clock, MediaLibrary media,
                      ReaderBody readerBody, MoreArticles more) {
        this.readerBody = readerBody;
        this.more = more;
        this.articles = articles;
        this.categories = categories;
        this.authors = authors;
        this.tags = tags;
        this.cards = cards;
        this.frame = frame;
        this.structuredData = structuredData;
        this.clock = clock;
        this.media = media;
    }

    @GetMapping({"/article/{id}", "/article/{id}/{slug}"})
    ModelAndView show(@PathVariable String id, @PathVariable(required = false) String slug) {
        Article article = articles.findPublic(parseId(id)).orElseThrow(() -> new NotFound("article " + id));
        String canonical = PublicPaths.article(article.id(), article.slug());
        boolean canonicalId = id.equals(Long.toString(article.id()));
        if (!canonicalId || slug == null || !Normalizer.normalize(slug, Normalizer.Form.NFC).equals(article.slug())) {
            return PermanentRedirect.to(canonical);
        }
        return new ModelAndView("site/article", Map.of("page", page(article, canonical)));
    }

    /**
     * The newsroom's preview: any article, in any status, on exactly the public page. It is never
     * kept by the page cache (newsroom paths are not) and never indexed.
     */
    @GetMapping("/newsroom/articles/{id}/preview")
    ModelAndView preview(@PathVariable long id, HttpServletResponse response) {
        Article article = articles.find(id).orElseThrow(() -> new NotFound("article " + id));
        Article shown = article.previewedAt(clock.instant());
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Cache-Control", "no-store");
        return new ModelAndView("site/article", Map.of("page", page(shown, PublicPaths.article(id, article.slug()))));
    }

    /** A trailing slash is never canonical: one 301 to the article's address. */
    @GetMapping({"/article/{id}/", "/article/{id}/{slug}/"})
    ModelAndView trailingSlash(@PathVariable String id) {
        Article article = articles.findPublic(parseId(id)).orElseThrow(() -> new NotFound("article " + id));
        return PermanentRedirect.to(PublicPaths.article(article.id(), article.slug()));
    }

    private ArticlePage page(Article article, String canonical) {
        recordTags(article);
        // A page the cache keeps gets its related and latest articles put in when it is sent, not when it is rendered.
        boolean holed = PageTags.noting();
        MoreArticles.InPlace lists = holed ? new MoreArticles.InPlace(List.of(), List.of()) : more.inPlace(article);
        boolean edited = !article.lastChanged().equals(article.publishedAt());
        var category = categories.find(article.categoryId());
        var author = authors.find(article.authorId());
        List<Tag> articleTags = tags.inOrder(article.tagIds());
        List<Correction> corrections = articles.corrections(article.id());
        Image image = article.featuredImageId() == null ? null : media.find(article.featuredImageId()).orElse(null);
        return new ArticlePage(
                frame.chrome(),
                frame.meta(article.searchTitle(), article.searchDescription(), canonical),
                article.title(),
                article.subtitle(),
                readerBody.of(article),
                category.map(ArticleCards::link).orElse(null),
                author.map(ArticleCards::link).orElse(null),
                cards.timestamp(article.publishedAt()),
                edited ? cards.timestamp(article.updatedAt()) : null,
                articleTags.stream().map(t -> new Link(t.name(), PublicPaths.tag(t.slug()))).toList(),
                article.sponsorName(),
                ShareLinks.of(frame.absolute(canonical), article.title()),
                lists.related(),
                lists.latest(),
                holed ? more.hole(article.id()) : null,
                structuredData.of(article, category.orElse(null), author.orElse(null), articleTags, corrections, image),
                corrections.stream().map(c -> new ArticlePage.CorrectionNote(c.text(), cards.timestamp(c.createdAt())))
                        .toList(),
                image);
    }

    /**
     * The article itself, its names and its image. The lists at its foot are not the page's: they
     * are put in when the kept page is sent, and kept apart ({@link MoreArticles}).
     */
    private static void recordTags(Article article) {
        PageTags.record(PageTags.article(article.id()), PageTags.category(article.categoryId()),
                PageTags.author(article.authorId()));
        article.tagIds().forEach(id -> PageTags.record(PageTags.tag(id)));
        if (article.featuredImageId() != null) {
            PageTags.record(PageTags.image(article.featuredImageId()));
        }
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound("article " + id);
        }
    }
}
