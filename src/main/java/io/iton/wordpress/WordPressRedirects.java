package io.iton.wordpress;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.iton.article.Articles;
import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.shared.FormerAddresses;
import io.iton.shared.PublicPaths;
import io.iton.tag.Tags;

/**
 * Old WordPress addresses to what they became, at their current slug (an article renamed since
 * the import still gets one hop). Drafts and articles readers may not see are not revealed.
 */
@Component
class WordPressRedirects implements FormerAddresses {

    private final RedirectRepository redirects;
    private final Articles articles;
    private final Categories categories;
    private final Tags tags;
    private final Authors authors;

    WordPressRedirects(RedirectRepository redirects, Articles articles, Categories categories, Tags tags,
                       Authors authors) {
        this.redirects = redirects;
        this.articles = articles;
        this.categories = categories;
        this.tags = tags;
        this.authors = authors;
    }

    @Override
    public Optional<String> movedTo(String rawPath, String query) {
        String path = OldPaths.of(rawPath, query);
        if (path == null) {
            return Optional.empty();
        }
        return redirects.find(path).flatMap(this::pathOf);
    }

    private Optional<String> pathOf(RedirectRepository.Target target) {
        return switch (target.kind()) {
            case ARTICLE -> articles.findPublic(target.id()).map(a -> PublicPaths.article(a.id(), a.slug()));
            case CATEGORY -> categories.find(target.id()).map(c -> PublicPaths.category(c.slug()));
            case TAG -> tags.find(target.id()).map(x -> PublicPaths.tag(x.slug()));
            case AUTHOR -> authors.find(target.id()).map(a -> PublicPaths.author(a.slug()));
        };
    }
}
