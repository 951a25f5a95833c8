package io.iton.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code iton.scheduler.lag}: seconds since any node last ran the scheduled-publishing job (it
 * runs every 15 seconds, so a value that keeps growing means scheduled articles are published
 * but nobody hears of it); counted from this node's start when the job never ran.
 * {@code iton.scheduler.missed}: missed schedules of the last seven days.
 */
@Component
class SchedulerMetrics implements MeterBinder {

    private final ScheduledPublishing publishing;
    private final Clock clock;
    private final Instant startedAt;

    SchedulerMetrics(ScheduledPublishing publishing, Clock clock) {
        this.publishing = publishing;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("iton.scheduler.lag", this, SchedulerMetrics::lagSeconds)
                .description("Seconds since the scheduled-publishing job last ran on any node")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("iton.scheduler.missed", publishing, p -> p.status().missedLastWeek())
                .description("Scheduled articles published late in the last seven days (no node was running)")
                .register(registry);
    }

    double lagSeconds() {
        Instant last = publishing.status().lastRun().orElse(startedAt);
        return Math.max(0, Duration.between(last, clock.instant()).toMillis() / 1000.0);
    }
}
