package io.iton.site;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.iton.article.ArticleSummary;
import io.iton.author.Author;
import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.category.Category;
import io.iton.shared.PageTags;
import io.iton.shared.PublicPaths;
import io.iton.shared.PublicationTime;

/** Turns article summaries into cards, fetching their categories and authors in one go each. */
@Component
class ArticleCards {

    private final Categories categories;
    private final Authors authors;
    private final PublicationTime time;

    ArticleCards(Categories categories, Authors authors, PublicationTime time) {
        this.categories = categories;
        this.authors = authors;
        this.time = time;
    }

    List<ArticleCard> of(List<ArticleSummary> summaries) {
        if (summaries.isEmpty()) {
            return List.of();
        }
        Map<Long, Category> categoryById = categories.all().stream()
                .collect(Collectors.toMap(Category::id, Function.identity()));
        Map<Long, Author> authorById = authors.byIds(summaries.stream().map(ArticleSummary::authorId).distinct().toList());
        return summaries.stream().map(s -> card(s, categoryById.get(s.categoryId()), authorById.get(s.authorId()))).toList();
    }

    private ArticleCard card(ArticleSummary s, Category category, Author author) {
        PageTags.record(PageTags.article(s.id()), PageTags.category(s.categoryId()), PageTags.author(s.authorId()));
        return new ArticleCard(s.title(), s.subtitle(), PublicPaths.article(s.id(), s.slug()),
                link(category), link(author), timestamp(s.publishedAt()), s.sponsorName());
    }

    Timestamp timestamp(Instant instant) {
        return instant == null ? null : new Timestamp(time.human(instant), time.machine(instant));
    }

    static Link link(Category category) {
        return category == null ? null : new Link(category.name(), PublicPaths.category(category.slug()));
    }

    static Link link(Author author) {
        return author == null ? null : new Link(author.displayName(), PublicPaths.author(author.slug()));
    }
}
