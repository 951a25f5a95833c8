package io.iton.newsroom;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import io.iton.article.ArticleSummary;
import io.iton.article.Articles;
import io.iton.shared.Localizer;
import io.iton.shared.NewsroomController;
import io.iton.shared.PageRequest;
import io.iton.shared.PublicationTime;

/** {@code /newsroom}: the dashboard. */
@NewsroomController
class DashboardController {

    private static final int SHOWN = 10;

    private final Articles articles;
    private final ArticleDesk desk;
    private final PublicationTime time;
    private final Localizer t;

    DashboardController(Articles articles, ArticleDesk desk, PublicationTime time, Localizer t) {
        this.articles = articles;
        this.desk = desk;
        this.time = time;
        this.t = t;
    }

    @GetMapping("/newsroom")
    ModelAndView dashboard() {
        var latest = section("latest", articles.all(PageRequest.first(SHOWN)).items());
        return new ModelAndView("newsroom/dashboard", Map.of("page", new DashboardPage(List.of(latest))));
    }

    private DashboardPage.Section section(String id, List<ArticleSummary> items) {
        return new DashboardPage.Section(id, t.text("newsroom.dashboard." + id), t.text("newsroom.dashboard.empty"),
                items.stream().map(this::item).toList());
    }

    private DashboardPage.Item item(ArticleSummary s) {
        String note = desk.statusLabel(s.status()) + (s.publishedAt() == null ? "" : " · " + time.human(s.publishedAt()));
        return new DashboardPage.Item(s.title(), note, "/newsroom/articles/" + s.id());
    }
}
