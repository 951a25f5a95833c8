package io.iton.account;

import java.time.Duration;

import org.springframework.security.authentication.AccountStatusException;

/**
 * A login refused before its password was looked at: the account is locked after failures in a
 * row, or the client address made too many failed logins. It says how long to wait, and nothing
 * else; an {@link AccountStatusException}, so no other provider gets to try the same login.
 */
class LoginThrottled extends AccountStatusException {

    private final Duration retryAfter;

    LoginThrottled(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least one, for {@code Retry-After}. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** Whole minutes, at least one, for people. */
    long retryAfterMinutes() {
        return Math.max(1, (retryAfterSeconds() + 59) / 60);
    }
}
