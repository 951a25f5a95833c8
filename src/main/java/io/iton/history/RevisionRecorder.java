package io.iton.history;

import java.time.Clock;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.iton.shared.ChangeReplay;
import io.iton.account.Accounts;
import io.iton.article.Article;
import io.iton.article.ArticleEvents.ArticleCreated;
import io.iton.article.ArticleEvents.ArticleEvent;
import io.iton.article.ArticleEvents.ArticleUpdated;
import io.iton.article.Articles;
import io.iton.tag.Tag;
import io.iton.tag.Tags;

/**
 * Stores a revision for every save of an article, in the save's own transaction: the listener is
 * synchronous, so if the revision cannot be written the save is rolled back with it. Creates and
 * updates always make one; any other article event makes one only if it changed the content (so
 * publishing does not, and a content change made by a future kind of event is not lost). One
 * revision per article version at most: a second event of the same save adds nothing.
 */
@Component
class RevisionRecorder {

    private final Articles articles;
    private final Tags tags;
    private final Accounts accounts;
    private final RevisionRepository repository;
    private final Clock clock;

    RevisionRecorder(Articles articles, Tags tags, Accounts accounts, RevisionRepository repository, Clock clock) {
        this.articles = articles;
        this.tags = tags;
        this.accounts = accounts;
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener
    @Order(10)
    void on(ArticleEvent event) {
        if (ChangeReplay.replaying()) {
            return;  // the node that made the change recorded it
        }
        Article article = articles.find(event.articleId()).orElse(null);
        if (article == null) {
            return;
        }
        var latest = repository.latest(article.id());
        if (latest.isPresent() && latest.get().articleVersion() == article.version()) {
            return;
        }
        List<String> tagNames = tagNames(article);
        ArticleSnapshot snapshot = ArticleSnapshot.of(article, tagNames);
        List<String> changed = latest.map(l -> snapshot.changedFrom(l.snapshot())).orElse(List.of());
        boolean save = event instanceof ArticleCreated || event instanceof ArticleUpdated;
        if (!save && changed.isEmpty()) {
            return;
        }
        var restoring = Restoring.current();
        RevisionKind kind = event instanceof ArticleCreated ? RevisionKind.CREATED
                : restoring.isPresent() ? RevisionKind.RESTORED : RevisionKind.UPDATED;
        String savedByName = event.actorId() == null ? null
                : accounts.displayNames(List.of(event.actorId())).get(event.actorId());
        var summary = new RevisionSummary(0, article.id(), article.version(), kind, changed, null, article.title(),
                event.actorId(), savedByName, clock.instant());
        repository.insert(revision(summary, article, tagNames, snapshot),
                restoring.map(Restoring::revisionId).orElse(null));
    }

    /**
     * The article's content as it is now, for an article saved before revisions were kept: who
     * saved it is not known, and it is dated when it last changed.
     */
    void baseline(Article article) {
        List<String> tagNames = tagNames(article);
        var summary = new RevisionSummary(0, article.id(), article.version(), RevisionKind.BASELINE, List.of(), null,
                article.title(), null, null, article.updatedAt() != null ? article.updatedAt() : article.createdAt());
        repository.insert(revision(summary, article, tagNames, ArticleSnapshot.of(article, tagNames)), null);
    }

    private static Revision revision(RevisionSummary summary, Article article, List<String> tagNames,
                                     ArticleSnapshot snapshot) {
        return new Revision(summary, article.subtitle(), article.body(), article.slug(), article.authorId(),
                article.categoryId(), tagNames, article.sponsorName(), snapshot.text());
    }

    private List<String> tagNames(Article article) {
        return tags.inOrder(article.tagIds()).stream().map(Tag::name).toList();
    }
}
