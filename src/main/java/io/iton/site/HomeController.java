package io.iton.site;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.iton.article.ArticleSummary;
import io.iton.article.Articles;
import io.iton.category.Categories;
import io.iton.category.Category;
import io.iton.shared.Localizer;
import io.iton.shared.NotFound;
import io.iton.shared.Page;
import io.iton.shared.PageRequest;
import io.iton.shared.PageTags;
import io.iton.shared.SiteProperties;

/** The front page: lead story, latest, and each featured category's latest; older pages list only. */
@Controller
class HomeController {

    private static final int PER_SECTION = 4;

    private final Articles articles;
    private final Categories categories;
    private final ArticleCards cards;
    private final SiteFrame frame;
    private final SiteProperties site;
    private final Localizer t;

    HomeController(Articles articles, Categories categories, ArticleCards cards, SiteFrame frame,
                   SiteProperties site, Localizer t) {
        this.articles = articles;
        this.categories = categories;
        this.cards = cards;
        this.frame = frame;
        this.site = site;
        this.t = t;
    }

    @GetMapping("/")
    ModelAndView home(@RequestParam(name = "page", required = false) String pageParam) {
        PageRequest request = PageNumber.parse(pageParam, site.pageSize());
        PageTags.record(PageTags.LATEST);
        Page<ArticleSummary> page = articles.latestPublic(request);
        if (page.isBeyondEnd()) {
            throw new NotFound("home page " + request.number());
        }
        List<ArticleCard> latest = cards.of(page.items());
        boolean front = request.number() == 1;
        ArticleCard lead = front && !latest.isEmpty() ? latest.getFirst() : null;
        List<HomePage.CategorySection> sections = front ? sections() : List.of();
        String path = front ? "/" : "/?page=" + request.number();
        return new ModelAndView("site/home", Map.of("page", new HomePage(
                frame.chrome(),
                frame.meta(front ? null : t.text("home.titleWithPage", request.number()), t.text("home.description"), path),
                lead,
                lead == null ? latest : latest.subList(1, latest.size()),
                sections,
                Pagination.of(page, "/"))));
    }

    private List<HomePage.CategorySection> sections() {
        return categories.featured().stream()
                .map(this::section)
                .filter(s -> !s.articles().isEmpty())
                .toList();
    }

    private HomePage.CategorySection section(Category category) {
        PageTags.record(PageTags.category(category.id()), PageTags.categoryList(category.id()));
        return new HomePage.CategorySection(ArticleCards.link(category),
                cards.of(articles.publicInCategory(category.id(), PageRequest.first(PER_SECTION)).items()));
    }
}
