package io.iton.newsroom;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.iton.account.Actors;
import io.iton.article.ArticleQuery;
import io.iton.article.ArticleStatus;
import io.iton.article.ArticleSummary;
import io.iton.article.Articles;
import io.iton.category.Categories;
import io.iton.category.Category;
import io.iton.shared.NewsroomController;
import io.iton.shared.PageRequest;
import io.iton.shared.PublicPaths;
import io.iton.shared.PublicationTime;
import io.iton.site.Pagination;

/** {@code /newsroom/articles}: every article in every status, newest first, with filters. */
@NewsroomController
class ArticleListController {

    private static final int PAGE_SIZE = 30;

    private final Articles articles;
    private final Categories categories;
    private final ArticleDesk desk;
    private final PublicationTime time;
    private final Actors actors;

    ArticleListController(Articles articles, Categories categories, ArticleDesk desk, PublicationTime time,
                          Actors actors) {
        this.articles = articles;
        this.categories = categories;
        this.desk = desk;
        this.time = time;
        this.actors = actors;
    }

    /** Filters by status, category, my own, and words in the title; anything unrecognised is no filter. */
    @GetMapping("/newsroom/articles")
    ModelAndView list(@RequestParam(defaultValue = "1") String page, @RequestParam(defaultValue = "") String status,
                      @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String q,
                      @RequestParam(defaultValue = "") String mine, Authentication auth) {
        ArticleStatus statusFilter = Arrays.stream(ArticleStatus.values()).filter(v -> v.name().equals(status))
                .findFirst().orElse(null);
        Long categoryFilter = number(category);
        Long creator = "1".equals(mine) ? actors.of(auth).userId() : null;
        var query = new ArticleQuery(statusFilter, categoryFilter, null, creator, q);
        var request = PageRequest.lenient(page, PAGE_SIZE);
        var found = articles.find(query, request);
        var all = categories.all();
        var names = all.stream().collect(Collectors.toMap(Category::id, Category::name));
        var rows = found.items().stream().map(s -> row(s, names)).toList();
        var filters = new ArticleListPage.Filters(
                Arrays.stream(ArticleStatus.values()).map(v -> new EditorPage.Check(v.name(), desk.statusLabel(v),
                        v == statusFilter)).toList(),
                all.stream().map(c -> new EditorPage.Choice(c.id(), c.name(), categoryFilter != null
                        && c.id() == categoryFilter)).toList(),
                q, creator != null);
        String base = "/newsroom/articles?" + "status=" + enc(statusFilter == null ? "" : statusFilter.name())
                + "&category=" + (categoryFilter == null ? "" : categoryFilter) + "&q=" + enc(q)
                + "&mine=" + (creator != null ? "1" : "");
        return new ModelAndView("newsroom/articles",
                Map.of("page", new ArticleListPage(rows, filters, Pagination.of(found, base))));
    }

    private static Long number(String raw) {
        try {
            return raw.isBlank() ? null : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private ArticleListPage.Row row(ArticleSummary s, Map<Long, String> categoryNames) {
        return new ArticleListPage.Row(s.id(), s.title(), desk.statusLabel(s.status()),
                categoryNames.getOrDefault(s.categoryId(), ""),
                s.publishedAt() == null ? "" : time.human(s.publishedAt()),
                "/newsroom/articles/" + s.id(),
                s.publishedAt() != null ? PublicPaths.article(s.id(), s.slug()) : null);
    }
}
