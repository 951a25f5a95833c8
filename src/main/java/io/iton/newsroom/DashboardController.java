package io.iton.newsroom;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import io.iton.account.Actors;
import io.iton.article.Actor;
import io.iton.article.ArticleSummary;
import io.iton.article.Articles;
import io.iton.article.ScheduledPublishing;
import io.iton.shared.Localizer;
import io.iton.shared.NewsroomController;
import io.iton.shared.PageRequest;
import io.iton.shared.PublicationTime;

/** {@code /newsroom}: the dashboard. */
@NewsroomController
class DashboardController {

    private static final int SHOWN = 10;
    private static final Duration MISSED_WINDOW = Duration.ofDays(7);

    private final Articles articles;
    private final ArticleDesk desk;
    private final PublicationTime time;
    private final Localizer t;
    private final Actors actors;
    private final ScheduledPublishing publishing;

    DashboardController(Articles articles, ArticleDesk desk, PublicationTime time, Localizer t, Actors actors,
                        ScheduledPublishing publishing) {
        this.articles = articles;
        this.desk = desk;
        this.time = time;
        this.t = t;
        this.actors = actors;
        this.publishing = publishing;
    }

    /**
     * My drafts, what waits for review, what is scheduled (with its time), what was published
     * lately, and any scheduled article that was published late because no node was running.
     */
    @GetMapping("/newsroom")
    ModelAndView dashboard(Authentication auth) {
        if (auth.getAuthorities().stream().anyMatch(a -> "ROLE_SALES".equals(a.getAuthority()))) {
            return new ModelAndView("redirect:/newsroom/leads");  // the sales desk has no articles here
        }
        Actor actor = actors.of(auth);
        var first = PageRequest.first(SHOWN);
        var missed = publishing.missedIn(MISSED_WINDOW).stream()
                .map(m -> new DashboardPage.Item(m.title(), t.text("newsroom.dashboard.missedNote",
                        time.human(m.dueAt()), time.human(m.publishedAt())), "/newsroom/articles/" + m.articleId()))
                .toList();
        List<DashboardPage.Section> sections = new ArrayList<>();
        if (!missed.isEmpty()) {
            sections.add(new DashboardPage.Section("missed", t.text("newsroom.dashboard.missed"), "", missed));
        }
        sections.add(section("mine", articles.draftsBy(actor.userId(), first).items(), false));
        sections.add(section("review", articles.inReview(first).items(), false));
        sections.add(section("scheduled", articles.scheduled(first).items(), true));
        sections.add(section("published", articles.recentlyPublished(first).items(), true));
        return new ModelAndView("newsroom/dashboard", Map.of("page", new DashboardPage(sections)));
    }

    private DashboardPage.Section section(String id, List<ArticleSummary> items, boolean withTime) {
        return new DashboardPage.Section(id, t.text("newsroom.dashboard." + id), t.text("newsroom.dashboard.empty"),
                items.stream().map(s -> item(s, withTime)).toList());
    }

    private DashboardPage.Item item(ArticleSummary s, boolean withTime) {
        String note = withTime && s.publishedAt() != null ? time.human(s.publishedAt()) : desk.statusLabel(s.status());
        return new DashboardPage.Item(s.title(), note, "/newsroom/articles/" + s.id());
    }
}
