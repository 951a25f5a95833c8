package io.iton.history;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.iton.shared.ChangeReplay;
import io.iton.article.Article;
import io.iton.article.ArticleEvents.ArticleEvent;
import io.iton.article.ArticleEvents.ArticleUpdated;
import io.iton.article.Articles;

/**
 * Records every article event in the audit log, in the transaction that caused it: who, the
 * action named after the event ({@code ArticlePublished} is {@code article.published}), the
 * article and its title at that moment, its status and version after the action, and whatever
 * else the event carries (a note, an approval's kind), so kinds of event added later are
 * recorded in full without a change here.
 */
@Component
class ArticleAuditor {

    private static final Set<String> NAMED_ELSEWHERE = Set.of("articleId", "actorId");

    private final Articles articles;
    private final AuditLog log;

    ArticleAuditor(Articles articles, AuditLog log) {
        this.articles = articles;
        this.log = log;
    }

    @EventListener
    @Order(20)
    void on(ArticleEvent event) {
        if (ChangeReplay.replaying()) {
            return;  // the node that made the change recorded it
        }
        var restoring = Restoring.current().filter(r -> event instanceof ArticleUpdated);
        AuditRecord record = AuditRecord.of(restoring.isPresent() ? "article.restored" : action(event), event.actorId());
        Article article = articles.find(event.articleId()).orElse(null);
        record = record.about("article", event.articleId(), article == null ? null : article.title());
        if (restoring.isPresent()) {
            record = record.with("restoredVersion", restoring.get().articleVersion());
        }
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (!NAMED_ELSEWHERE.contains(component.getName())) {
                record = record.with(component.getName(), value(component, event));
            }
        }
        if (article != null) {
            record = record.with("status", article.status()).with("version", article.version());
        }
        log.record(record);
    }

    /** {@code ArticleCreated} → {@code article.created}; {@code CorrectionAdded} → {@code article.correctionAdded}. */
    static String action(ArticleEvent event) {
        String name = event.getClass().getSimpleName();
        if (name.startsWith("Article") && name.length() > "Article".length()) {
            name = name.substring("Article".length());
        }
        return "article." + Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Object value(RecordComponent component, ArticleEvent event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + event, e);
        }
    }
}
