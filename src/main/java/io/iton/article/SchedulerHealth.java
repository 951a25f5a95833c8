package io.iton.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code scheduler}: DOWN when no node has run the publishing
 * job for a while (scheduled articles would still appear, but nothing would hear of them), with
 * the last run and the missed schedules of the last seven days as details.
 */
@Component("scheduler")
class SchedulerHealth implements HealthIndicator {

    private final ScheduledPublishing publishing;
    private final Clock clock;
    private final Duration staleAfter;
    /** A node just started has not had the time to run the job yet. */
    private final Instant startedAt;

    SchedulerHealth(ScheduledPublishing publishing, Clock clock, WorkflowProperties properties) {
        this.publishing = publishing;
        this.clock = clock;
        this.staleAfter = properties.schedulerStaleAfter();
        this.startedAt = clock.instant();
    }

    @Override
    public Health health() {
        ScheduledPublishing.Status status = publishing.status();
        Instant now = clock.instant();
        Instant reference = status.lastRun().filter(last -> last.isAfter(startedAt)).orElse(startedAt);
        boolean fresh = !reference.plus(staleAfter).isBefore(now);
        Health.Builder health = fresh ? Health.up() : Health.down();
        return health
                .withDetail("lastRun", status.lastRun().map(Instant::toString).orElse("never"))
                .withDetail("missedLast7Days", status.missedLastWeek())
                .build();
    }
}
