package io.iton.history;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.iton.article.Actor;
import io.iton.article.Article;
import io.iton.shared.Localizer;
import io.iton.shared.Page;
import io.iton.shared.PageRequest;
import io.iton.shared.PublicPaths;
import io.iton.shared.PublicationTime;

/** Builds the revisions pages' records from the history service, in the reader's words. */
@Component
class RevisionPages {

    static final int PAGE_SIZE = 20;

    private final Revisions revisions;
    private final PublicationTime time;
    private final Labels labels;
    private final Localizer t;
    private final Clock clock;

    RevisionPages(Revisions revisions, PublicationTime time, Labels labels, Localizer t, Clock clock) {
        this.revisions = revisions;
        this.time = time;
        this.labels = labels;
        this.t = t;
        this.clock = clock;
    }

    static String listPath(long articleId) {
        return "/newsroom/articles/" + articleId + "/revisions";
    }

    RevisionsPage list(long articleId, int pageNumber, Actor actor, RevisionsPage.Notice notice) {
        Article article = revisions.article(articleId);
        Page<RevisionSummary> page = revisions.of(articleId, new PageRequest(pageNumber, PAGE_SIZE));
        List<RevisionSummary> all = revisions.choices(articleId);
        Map<Long, Long> previous = previousIds(all);
        long newest = all.isEmpty() ? -1 : all.getFirst().id();
        List<RevisionsPage.Row> rows = page.items().stream().map(r -> new RevisionsPage.Row(r.id(), r.articleVersion(),
                stamp(r), note(r), r.changedFields().stream().map(labels::field).toList(), previous.get(r.id()),
                r.id() == newest)).toList();
        Long to = all.isEmpty() ? null : all.getFirst().id();
        Long from = all.size() < 2 ? null : all.get(1).id();
        return new RevisionsPage(header(article), rows, Pager.of(page, listPath(articleId)),
                choice(articleId, all, from, to), article.mayBeEditedBy(actor), notice);
    }

    ComparePage compare(long articleId, long fromId, long toId, Actor actor) {
        Article article = revisions.article(articleId);
        RevisionComparison comparison = revisions.compare(articleId, fromId, toId);
        List<ComparePage.FieldRow> others = comparison.otherChanges().stream()
                .map(c -> new ComparePage.FieldRow(labels.field(c.field()), c.before(), c.after())).toList();
        List<RevisionSummary> all = revisions.choices(articleId);
        long newest = all.getFirst().id();
        return new ComparePage(header(article), side(comparison.from().summary()), side(comparison.to().summary()),
                comparison, others, choice(articleId, all, fromId, toId),
                article.mayBeEditedBy(actor) && fromId != newest);
    }

    private RevisionsPage.ArticleHeader header(Article article) {
        String publicPath = article.isPublicAt(clock.instant()) ? PublicPaths.article(article.id(), article.slug()) : null;
        return new RevisionsPage.ArticleHeader(article.id(), article.title(), article.version(),
                labels.status(article.status().name()), publicPath);
    }

    private RevisionsPage.CompareChoice choice(long articleId, List<RevisionSummary> all, Long from, Long to) {
        List<RevisionsPage.Option> options = all.stream().map(r -> new RevisionsPage.Option(r.id(),
                t.text("revisions.version.label", r.articleVersion()) + " – " + time.human(r.savedAt()) + " – "
                        + who(r))).toList();
        return new RevisionsPage.CompareChoice(articleId, options, from, to);
    }

    private ComparePage.Side side(RevisionSummary r) {
        return new ComparePage.Side(r.id(), r.articleVersion(), stamp(r));
    }

    private RevisionsPage.Stamp stamp(RevisionSummary r) {
        return new RevisionsPage.Stamp(time.human(r.savedAt()), time.machine(r.savedAt()), who(r));
    }

    private String who(RevisionSummary r) {
        if (r.savedBy() == null) {
            return t.text("revisions.system");
        }
        return r.savedByName() == null ? t.text("revisions.unknownUser") : r.savedByName();
    }

    private String note(RevisionSummary r) {
        return switch (r.kind()) {
            case CREATED -> t.text("revisions.kind.CREATED");
            case BASELINE -> t.text("revisions.kind.BASELINE");
            case RESTORED -> t.text("revisions.kind.RESTORED", r.restoredFromVersion());
            case UPDATED -> r.changedFields().isEmpty() ? t.text("revisions.noChange") : null;
        };
    }

    /** Each revision's predecessor, from the list newest first. */
    private static Map<Long, Long> previousIds(List<RevisionSummary> newestFirst) {
        Map<Long, Long> previous = new HashMap<>();
        for (int i = 0; i + 1 < newestFirst.size(); i++) {
            previous.put(newestFirst.get(i).id(), newestFirst.get(i + 1).id());
        }
        return previous;
    }

    /** The messages of a refused restore's fields, in Hebrew. */
    List<String> messages(Map<String, String> fieldErrors) {
        List<String> texts = new ArrayList<>();
        fieldErrors.forEach((field, key) -> texts.add(labels.field(field) + ": " + t.text(key)));
        return texts;
    }
}
