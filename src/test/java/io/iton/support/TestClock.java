package io.iton.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves: it runs with real time, shifted by what the test added, so scheduled
 * times can be reached without waiting. {@link #reset()} takes the shift away again.
 */
public final class TestClock extends Clock {

    private volatile Duration shift = Duration.ZERO;

    public void advance(Duration by) {
        shift = shift.plus(by);
    }

    /** Moves the clock so that it reads {@code at} now (and goes on from there). */
    public void setTo(Instant at) {
        shift = shift.plus(Duration.between(instant(), at));
    }

    public void reset() {
        shift = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application's clock is UTC");
    }
}
