package io.iton.article;

import java.time.Duration;
import java.time.Instant;

/** A scheduled article published late because no node was running at its time. */
public record MissedSchedule(long articleId, String title, Instant dueAt, Instant publishedAt) {

    public Duration delay() {
        return Duration.between(dueAt, publishedAt);
    }
}
