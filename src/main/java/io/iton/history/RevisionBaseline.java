package io.iton.history;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.iton.article.Articles;

/**
 * On start, gives every article that has no revision yet (one saved before this feature existed)
 * a baseline revision of its content, so its first edit afterwards can be compared and undone.
 * Another node doing the same at the same moment loses nothing: the second baseline of an article
 * version is refused by the table's one-revision-per-version rule and skipped.
 */
@Component
@Order(30)
class RevisionBaseline implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RevisionBaseline.class);

    private final Articles articles;
    private final RevisionRecorder recorder;
    private final RevisionRepository repository;
    private final TransactionTemplate transaction;

    RevisionBaseline(Articles articles, RevisionRecorder recorder, RevisionRepository repository,
                     TransactionTemplate transaction) {
        this.articles = articles;
        this.recorder = recorder;
        this.repository = repository;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<Long> recorded = repository.articlesWithRevisions();
        int added = 0;
        for (long id : articles.versions().keySet()) {
            if (!recorded.contains(id) && baseline(id)) {
                added++;
            }
        }
        if (added > 0) {
            log.info("Stored a baseline revision for {} articles saved before revisions were kept", added);
        }
    }

    private boolean baseline(long id) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> articles.find(id).map(article -> {
                recorder.baseline(article);
                return true;
            }).orElse(false)));
        } catch (DataIntegrityViolationException alreadyThere) {
            return false;
        }
    }
}
