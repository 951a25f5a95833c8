package io.iton.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.iton.article.ArticleEvents.ArticlePublished;

/**
 * Moves scheduled articles whose time has come to PUBLISHED and announces each one, so search,
 * caches, feeds and the CDN react. Readers see a scheduled article at its minute by the public
 * rule alone; this makes the change real for everything that listens. Each article is its own
 * transaction with a conditional UPDATE, so however many runs or nodes see the same article, it
 * is published, and announced, once. An article seen later than the grace after its time was
 * missed (no node was running): it is published at once and recorded.
 */
@Service
public class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    /** What one run did. */
    public record Run(Instant at, int published, int missed) {
    }

    /** How the job is doing, for health and the dashboard. */
    public record Status(Optional<Instant> lastRun, long missedLastWeek) {
    }

    private final ScheduleRepository repository;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration grace;

    ScheduledPublishing(ScheduleRepository repository, PlatformTransactionManager transactions,
                        ApplicationEventPublisher events, Clock clock, WorkflowProperties properties) {
        this.repository = repository;
        this.transactions = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
        this.grace = properties.missedScheduleGrace();
    }

    /** One run: every due article, then the run's time for the health check. */
    public Run publishDue() {
        Instant now = clock.instant();
        int published = 0;
        int missed = 0;
        for (ScheduleRepository.Due due : repository.due(now)) {
            Boolean wasMissed = transactions.execute(tx -> publish(due, now));
            if (wasMissed != null) {
                published++;
                missed += wasMissed ? 1 : 0;
            }
        }
        transactions.executeWithoutResult(tx -> repository.recordRun(now));
        if (published > 0) {
            log.info("published {} scheduled article(s), {} of them missed their time", published, missed);
        }
        return new Run(now, published, missed);
    }

    /** Whether it was a missed schedule, or {@code null} when another run got there first. */
    private Boolean publish(ScheduleRepository.Due due, Instant now) {
        if (!repository.markPublished(due)) {
            return null;
        }
        boolean missed = due.dueAt().plus(grace).isBefore(now);
        if (missed) {
            repository.recordMissed(due.id(), due.dueAt(), now);
            log.warn("article {} was due at {} and is published late, at {}", due.id(), due.dueAt(), now);
        }
        events.publishEvent(new ArticlePublished(due.id(), null));
        return missed;
    }

    /** Articles published late because no node ran at their time, in the last {@code window}, latest first. */
    public List<MissedSchedule> missedIn(Duration window) {
        return repository.missedSince(clock.instant().minus(window));
    }

    public Status status() {
        return new Status(repository.lastRun(), repository.countMissedSince(clock.instant().minus(Duration.ofDays(7))));
    }
}
