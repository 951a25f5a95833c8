package io.iton.site;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.iton.article.Article;
import io.iton.article.ArticleEvents.Listed;
import io.iton.article.Articles;
import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.shared.Page;
import io.iton.shared.PageRequest;
import io.iton.shared.PageTags;
import io.iton.shared.PublicPaths;
import io.iton.shared.SiteProperties;
import io.iton.tag.Tags;

/**
 * What a change of content touches: the {@link PageTags} of the pages that show it, and the
 * addresses of those pages for a CDN (every page of each list that changed, up to
 * {@link #PAGES_PURGED}). The page cache's own copies are found by their tags. With no CDN to
 * tell ({@code iton.cache.purge-url} blank) the addresses are not worked out: counting every list
 * an article is in costs queries on each publish, which a bulk import does thousands of times.
 */
@Component
class ChangedPages {

    /** How deep into a list the CDN is told to drop pages; older pages expire by {@code s-maxage}. */
    static final int PAGES_PURGED = 100;

    /** Tags of kept pages, addresses for a CDN; {@code all}: drop everything. */
    record Change(Set<String> tags, Set<String> paths, boolean all) {

        static Change everything() {
            return new Change(Set.of(), Set.of(), true);
        }

        static Change nothing() {
            return new Change(Set.of(), Set.of(), false);
        }
    }

    private final Articles articles;
    private final Categories categories;
    private final Tags tags;
    private final Authors authors;
    private final SiteProperties site;
    private final boolean addresses;

    ChangedPages(Articles articles, Categories categories, Tags tags, Authors authors, SiteProperties site,
                 CacheProperties cache) {
        this.articles = articles;
        this.categories = categories;
        this.tags = tags;
        this.authors = authors;
        this.site = site;
        this.addresses = !cache.purgeUrl().isBlank();
    }

    /** An article came or went (published, unpublished, its scheduled minute came): it, and every list it is in. */
    Change listed(long articleId) {
        Optional<Article> found = articles.find(articleId);
        if (found.isEmpty()) {
            return Change.everything();
        }
        Article article = found.get();
        Builder change = new Builder().article(article).sitemaps();
        change.shown.add(PageTags.LATEST);
        if (addresses) {
            change.pages("/", articles.latestPublic(PageRequest.first(1)));
        }
        change.path("/feed.xml");
        change.lists(Listed.of(article));
        return change.build();
    }

    /**
     * The content of an article changed: the pages that show it, and the lists it is in or was in
     * before (its order or related articles may differ). Nothing public changed if it is not public.
     */
    Change edited(long articleId, Listed before) {
        Optional<Article> found = articles.find(articleId);
        if (found.isEmpty()) {
            return Change.everything();
        }
        Article article = found.get();
        if (articles.findPublic(articleId).isEmpty()) {
            return Change.nothing();
        }
        Builder change = new Builder().article(article).sitemaps().lists(Listed.of(article));
        if (before != null) {
            change.lists(before);
        }
        return change.build();
    }

    /** A correction shows on the article's own page (and wherever the article is tagged). */
    Change corrected(long articleId) {
        return articles.find(articleId).map(a -> new Builder().article(a).build()).orElseGet(Change::everything);
    }

    /** A category's name, slug, description or articles changed (not its place in the header: see nav). */
    Change category(long categoryId, Collection<Long> movedArticles) {
        Builder change = new Builder().sitemaps();
        change.category(categoryId);
        Set<Long> into = new LinkedHashSet<>();
        movedArticles.forEach(id -> articles.find(id).ifPresent(a -> {
            change.article(a);
            into.add(a.categoryId());
        }));
        into.forEach(change::categoryList);
        return change.build();
    }

    /** A tag was renamed, merged or deleted; a merge moved its articles to another tag, now in their tags. */
    Change tag(long tagId, List<Long> taggedArticles) {
        Builder change = new Builder().sitemaps();
        change.tag(tagId);
        taggedArticles.stream().findFirst().flatMap(articles::find).ifPresent(a -> a.tagIds().forEach(change::tagList));
        taggedArticles.forEach(id -> articles.findPublic(id).ifPresent(change::article));
        return change.build();
    }

    Change image(long imageId) {
        return new Change(Set.of(PageTags.image(imageId)), Set.of(), false);
    }

    /** Collects tags and paths. */
    private final class Builder {

        private final Set<String> shown = new LinkedHashSet<>();
        private final Set<String> paths = new LinkedHashSet<>();

        Builder article(Article article) {
            shown.add(PageTags.article(article.id()));
            path(PublicPaths.article(article.id(), article.slug()));
            return this;
        }

        Builder sitemaps() {
            shown.add(PageTags.SITEMAPS);
            path("/sitemap.xml");
            path("/sitemaps/news.xml");
            return this;
        }

        /** The lists the article is in: their pages and feeds, and the related articles drawn from them. */
        Builder lists(Listed listed) {
            categoryList(listed.categoryId());
            shown.add(PageTags.authorList(listed.authorId()));
            if (addresses) {
                authors.find(listed.authorId()).ifPresent(a -> listing(PublicPaths.author(a.slug()),
                        articles.publicByAuthor(a.id(), PageRequest.first(1))));
            }
            listed.tagIds().forEach(this::tagList);
            return this;
        }

        /** The category itself changed: its name wherever it shows, and its list. */
        Builder category(long id) {
            shown.add(PageTags.category(id));
            return categoryList(id);
        }

        Builder categoryList(long id) {
            shown.add(PageTags.categoryList(id));
            if (addresses) {
                categories.find(id).ifPresent(c -> listing(PublicPaths.category(c.slug()),
                        articles.publicInCategory(id, PageRequest.first(1))));
                categories.formerSlugs(id).forEach(slug -> listing(PublicPaths.category(slug), null));
            }
            return this;
        }

        /** The tag itself changed: its name wherever it shows, and its list. */
        Builder tag(long id) {
            shown.add(PageTags.tag(id));
            return tagList(id);
        }

        Builder tagList(long id) {
            shown.add(PageTags.tagList(id));
            if (addresses) {
                ChangedPages.this.tags.find(id).ifPresent(t -> listing(PublicPaths.tag(t.slug()),
                        articles.publicWithTag(id, PageRequest.first(1))));
                ChangedPages.this.tags.formerSlugs(id).forEach(slug -> listing(PublicPaths.tag(slug), null));
            }
            return this;
        }

        /** A list's pages and feed; only called where addresses are worked out. */
        private void listing(String path, Page<?> first) {
            pages(path, first);
            path(path + "/feed.xml");
        }

        void path(String path) {
            if (addresses) {
                paths.add(path);
            }
        }

        /** The list's pages: 1 at its plain address, then {@code ?page=2…} up to its last (or the purge limit). */
        private void pages(String path, Page<?> first) {
            paths.add(path);
            long last = first == null ? 1 : Math.min(PAGES_PURGED, (first.total() + site.pageSize() - 1) / site.pageSize());
            for (long page = 2; page <= last; page++) {
                paths.add(path + "?page=" + page);
            }
        }

        Change build() {
            return new Change(Set.copyOf(shown), Set.copyOf(paths), false);
        }
    }
}
