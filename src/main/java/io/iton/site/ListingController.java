package io.iton.site;

import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;


import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.iton.article.ArticleSummary;
import io.iton.article.Articles;
import io.iton.author.Author;
import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.category.Category;
import io.iton.shared.Localizer;
import io.iton.shared.NotFound;
import io.iton.shared.Page;
import io.iton.shared.PageRequest;
import io.iton.shared.PageTags;
import io.iton.shared.PublicPaths;
import io.iton.shared.SiteProperties;
import io.iton.shared.Slug;
import io.iton.tag.Tag;
import io.iton.tag.Tags;

/** The category, tag and author pages: one paged list of what readers may see, newest first. */
@Controller
class ListingController {

    private final Articles articles;
    private final Categories categories;
    private final Tags tags;
    private final Authors authors;
    private final ArticleCards cards;
    private final SiteFrame frame;
    private final SiteProperties site;
    private final Localizer t;

    ListingController(Articles articles, Categories categories, Tags tags, Authors authors, ArticleCards cards,
                      SiteFrame frame, SiteProperties site, Localizer t) {
        this.articles = articles;
        this.categories = categories;
        this.tags = tags;
        this.authors = authors;
        this.cards = cards;
        this.frame = frame;
        this.site = site;
        this.t = t;
    }

    @GetMapping("/category/{slug}")
    ModelAndView category(@PathVariable String slug, @RequestParam(name = "page", required = false) String pageParam) {
        Category category = categories.findBySlug(nfc(slug)).orElse(null);
        if (category == null) {
            return redirectToCanonical(slug, categories::findBySlugOrFormer, c -> PublicPaths.category(c.slug()));
        }
        PageRequest request = PageNumber.parse(pageParam, site.pageSize());
        PageTags.record(PageTags.category(category.id()), PageTags.categoryList(category.id()));
        return listing(t.text("listing.category"), category.name(), category.description(),
                PublicPaths.category(category.slug()), articles.publicInCategory(category.id(), request));
    }

    @GetMapping("/tag/{slug}")
    ModelAndView tag(@PathVariable String slug, @RequestParam(name = "page", required = false) String pageParam) {
        Tag tag = tags.findBySlug(nfc(slug)).orElse(null);
        if (tag == null) {
            return redirectToCanonical(slug, tags::findBySlugOrFormer, x -> PublicPaths.tag(x.slug()));
        }
        PageRequest request = PageNumber.parse(pageParam, site.pageSize());
        PageTags.record(PageTags.tag(tag.id()), PageTags.tagList(tag.id()));
        return listing(t.text("listing.tag"), tag.name(), t.text("listing.tag.description", tag.name()),
                PublicPaths.tag(tag.slug()), articles.publicWithTag(tag.id(), request));
    }

    @GetMapping("/author/{slug}")
    ModelAndView author(@PathVariable String slug, @RequestParam(name = "page", required = false) String pageParam) {
        Author author = authors.findBySlug(nfc(slug)).orElse(null);
        if (author == null) {
            return redirectToCanonical(slug, authors::findBySlug, a -> PublicPaths.author(a.slug()));
        }
        PageRequest request = PageNumber.parse(pageParam, site.pageSize());
        PageTags.record(PageTags.author(author.id()), PageTags.authorList(author.id()));
        return listing(t.text("listing.author"), author.displayName(), author.bio(),
                PublicPaths.author(author.slug()), articles.publicByAuthor(author.id(), request));
    }

    private ModelAndView listing(String kind, String heading, String description, String path,
                                 Page<ArticleSummary> page) {
        if (page.isBeyondEnd()) {
            throw new NotFound(path + " page " + page.number());
        }
        String canonical = page.number() == 1 ? path : path + "?page=" + page.number();
        String title = page.number() == 1 ? heading : t.text("listing.titleWithPage", heading, page.number());
        return new ModelAndView("site/listing", Map.of("page", new ListingPage(
                frame.chrome(),
                frame.meta(title, description, canonical).withFeed(path + "/feed.xml"),
                kind,
                heading,
                description,
                cards.of(page.items()),
                Pagination.of(page, path))));
    }

    /**
     * A slug typed differently ({@code POLITICS}, {@code צה"ל}), or one given up by a slug change
     * or a merge (when {@code find} knows former slugs), answers 301 to the real one; else 404.
     */
    private static <T> ModelAndView redirectToCanonical(String typed, Function<String, Optional<T>> find,
                                                        Function<T, String> path) {
        String normalized = Slug.from(typed);
        T found = find.apply(nfc(typed))
                .or(() -> normalized.equals(nfc(typed)) ? Optional.empty() : find.apply(normalized)).orElse(null);
        if (found == null) {
            throw new NotFound(typed);
        }
        return PermanentRedirect.to(path.apply(found));
    }

    private static String nfc(String slug) {
        return Normalizer.normalize(slug, Normalizer.Form.NFC);
    }
}
