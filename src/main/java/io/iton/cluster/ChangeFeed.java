package io.iton.cluster;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.iton.shared.ChangeReplay;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reads, in order, the changes other nodes wrote to the change log and publishes their events on
 * this node, marked as {@link ChangeReplay replayed}: its page cache and search index catch up
 * within a poll interval. Ids are handed out before commit, so a later id can become visible
 * before an earlier one: an id skipped over is kept as a gap and asked for again for a while,
 * until its transaction commits (or, rolled back, never will).
 */
@Component
class ChangeFeed {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);
    private static final java.time.Duration GAP_WAIT = java.time.Duration.ofMinutes(1);
    private static final int MAX_GAP = 1_000;

    private final ChangeLogRepository repository;
    private final ApplicationEventPublisher events;
    private final ClusterProperties properties;
    private final Clock clock;
    private final Map<Long, Instant> gaps = new HashMap<>();
    private long last;

    ChangeFeed(ChangeLogRepository repository, ApplicationEventPublisher events, ClusterProperties properties,
               Clock clock) {
        this.repository = repository;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.last = repository.lastId();
        // A change being committed on another node as this one starts may hold an id below the
        // last one: wait for the ids missing below it as for any gap (for a minute, as any gap).
        Instant now = clock.instant();
        repository.missingUpTo(last, MAX_GAP).forEach(id -> gaps.put(id, now));
    }

    @Scheduled(fixedDelayString = "${iton.cluster.poll-interval:500ms}")
    synchronized void poll() {
        Instant now = clock.instant();
        for (ChangeLogRepository.Change change : repository.after(last, gaps.keySet())) {
            gaps.remove(change.id());
            if (change.id() > last) {
                if (change.id() - last <= MAX_GAP) {
                    for (long id = last + 1; id < change.id(); id++) {
                        gaps.put(id, now);
                    }
                }
                last = change.id();
            }
            if (!change.node().equals(properties.nodeId())) {
                replay(change);
            }
        }
        gaps.values().removeIf(noticed -> noticed.isBefore(now.minus(GAP_WAIT)));
    }

    private void replay(ChangeLogRepository.Change change) {
        try {
            ChangeLog.read(change.eventType(), change.payload())
                    .ifPresent(event -> ChangeReplay.replay(() -> events.publishEvent(event)));
        } catch (RuntimeException e) {
            log.warn("Change {} ({}) from node {} could not be applied here", change.id(), change.eventType(),
                    change.node(), e);
        }
    }

    /** Old rows go, on one node at a time. */
    @Scheduled(cron = "${iton.cluster.prune-cron:0 17 * * * *}")
    @SchedulerLock(name = "change-log-prune", lockAtMostFor = "PT10M")
    void prune() {
        int deleted = repository.deleteBefore(clock.instant().minus(properties.keep()));
        if (deleted > 0) {
            log.info("Removed {} change-log rows older than {}", deleted, properties.keep());
        }
    }
}
