package io.iton.newsroom;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.iton.article.ArticleSummary;
import io.iton.article.Articles;
import io.iton.category.Categories;
import io.iton.category.Category;
import io.iton.shared.NewsroomController;
import io.iton.shared.PageRequest;
import io.iton.shared.PublicPaths;
import io.iton.shared.PublicationTime;
import io.iton.site.Pagination;

/** {@code /newsroom/articles}: every article in every status, newest first. */
@NewsroomController
class ArticleListController {

    private static final int PAGE_SIZE = 30;

    private final Articles articles;
    private final Categories categories;
    private final ArticleDesk desk;
    private final PublicationTime time;

    ArticleListController(Articles articles, Categories categories, ArticleDesk desk, PublicationTime time) {
        this.articles = articles;
        this.categories = categories;
        this.desk = desk;
        this.time = time;
    }

    @GetMapping("/newsroom/articles")
    ModelAndView list(@RequestParam(defaultValue = "1") String page) {
        var request = new PageRequest(pageNumber(page), PAGE_SIZE);
        var found = articles.all(request);
        var names = categories.all().stream().collect(Collectors.toMap(Category::id, Category::name));
        var rows = found.items().stream().map(s -> row(s, names)).toList();
        return new ModelAndView("newsroom/articles",
                Map.of("page", new ArticleListPage(rows, Pagination.of(found, "/newsroom/articles"))));
    }

    private ArticleListPage.Row row(ArticleSummary s, Map<Long, String> categoryNames) {
        return new ArticleListPage.Row(s.id(), s.title(), desk.statusLabel(s.status()),
                categoryNames.getOrDefault(s.categoryId(), ""),
                s.publishedAt() == null ? "" : time.human(s.publishedAt()),
                "/newsroom/articles/" + s.id(),
                s.publishedAt() != null ? PublicPaths.article(s.id(), s.slug()) : null);
    }

    /** Staff follow links, not type numbers: anything but a sane page number is the first page. */
    static int pageNumber(String raw) {
        try {
            int number = Integer.parseInt(raw.strip());
            return number >= 1 && number <= 100_000 ? number : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
