package io.iton.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.iton.api.ArticleJson.CorrectionJson;
import io.iton.api.ArticleJson.Granted;
import io.iton.api.ArticleJson.Kind;
import io.iton.api.ArticleJson.Ref;
import io.iton.api.ArticleJson.Review;
import io.iton.article.Article;
import io.iton.article.ArticleSummary;
import io.iton.article.Articles;
import io.iton.article.ReaderBody;
import io.iton.article.ReviewKind;
import io.iton.article.ReviewState;
import io.iton.article.Reviews;
import io.iton.author.Author;
import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.shared.PublicPaths;
import io.iton.shared.SiteProperties;
import io.iton.tag.Tags;

/** Article JSON with its author, category and tags resolved to references. */
@Component
class ArticleJsonAssembler {

    private final Authors authors;
    private final Categories categories;
    private final Tags tags;
    private final SiteProperties site;
    private final Articles articles;
    private final Reviews reviews;
    private final ReaderBody readerBody;

    ArticleJsonAssembler(Authors authors, Categories categories, Tags tags, SiteProperties site, Articles articles,
                         Reviews reviews, ReaderBody readerBody) {
        this.readerBody = readerBody;
        this.authors = authors;
        this.categories = categories;
        this.tags = tags;
        this.site = site;
        this.articles = articles;
        this.reviews = reviews;
    }

    ArticleJson full(Article a) {
        Ref author = authors.find(a.authorId()).map(x -> new Ref(x.id(), x.slug(), x.displayName())).orElse(null);
        Ref category = categories.find(a.categoryId()).map(c -> new Ref(c.id(), c.slug(), c.name())).orElse(null);
        List<Ref> tagRefs = tags.inOrder(a.tagIds()).stream().map(t -> new Ref(t.id(), t.slug(), t.name())).toList();
        List<CorrectionJson> corrections = articles.corrections(a.id()).stream()
                .map(c -> new CorrectionJson(c.id(), c.text(), c.createdAt())).toList();
        return new ArticleJson(a.id(), a.slug(), site.absolute(PublicPaths.article(a.id(), a.slug())), a.title(),
                a.subtitle(), readerBody.of(a), author, category, tagRefs, a.status().name(), a.publishedAt(), a.updatedAt(),
                a.sponsored(), a.sponsorName(), a.seoTitle(), a.seoDescription(), a.featuredImageId(), a.reviewNote(),
                review(a), corrections, a.version());
    }

    private Review review(Article a) {
        ReviewState state = reviews.stateOf(a);
        Map<String, String> names = new HashMap<>();
        reviews.kinds().forEach(k -> names.put(k.code(), k.name()));
        return new Review(kinds(state.required()),
                state.granted().stream().map(g -> new Granted(g.kind(), names.get(g.kind()), g.approvedBy(),
                        g.approvedAt())).toList(),
                kinds(state.missing()), a.requiredReviews());
    }

    private static List<Kind> kinds(List<ReviewKind> kinds) {
        return kinds.stream().map(k -> new Kind(k.code(), k.name())).toList();
    }

    /** List entries: no body and no tags, so a page of fifty costs three queries, not a hundred. */
    List<ArticleJson> summaries(List<ArticleSummary> summaries) {
        Map<Long, Author> authorById =
                authors.byIds(summaries.stream().map(ArticleSummary::authorId).distinct().toList());
        Map<Long, Ref> categoryById = new HashMap<>();
        categories.all().forEach(c -> categoryById.put(c.id(), new Ref(c.id(), c.slug(), c.name())));
        return summaries.stream().map(s -> {
            var author = authorById.get(s.authorId());
            return new ArticleJson(s.id(), s.slug(), site.absolute(PublicPaths.article(s.id(), s.slug())), s.title(),
                    s.subtitle(), null, author == null ? null : new Ref(author.id(), author.slug(), author.displayName()),
                    categoryById.get(s.categoryId()), null, s.status().name(), s.publishedAt(), s.updatedAt(),
                    s.sponsored(), s.sponsorName(), null, null, null, null, null, null, s.version());
        }).toList();
    }
}
