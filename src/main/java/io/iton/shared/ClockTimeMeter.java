package io.iton.shared;

import java.time.Clock;
import java.time.Instant;

import io.github.bucket4j.TimeMeter;

/** The application clock as Bucket4j's time source, so tests move time instead of waiting. */
public record ClockTimeMeter(Clock clock) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
