package io.iton.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the operator may tune about logins ({@code iton.account.*}). The defaults follow OWASP's
 * authentication advice: a slow hash, a lock that grows, and a per-address brake against
 * someone trying many accounts from one place.
 *
 * @param argon2MemoryKib      Argon2id memory per hash in KiB (OWASP's floor: 19 MiB)
 * @param argon2Iterations     Argon2id passes over that memory (OWASP: 2 at 19 MiB)
 * @param failuresBeforeLock   failed logins in a row that lock an account
 * @param firstLock            how long the first lock lasts; each further failure doubles it
 * @param longestLock          the most a lock ever lasts
 * @param addressFailures      failed logins one client address may make per {@code addressWindow}
 * @param addressWindow        the window those failures refill over
 * @param rememberMe           how long "remember me" keeps a browser logged in
 * @param passwordResetValidity how long a password-reset link works
 * @param mailFrom             the sender of account mail
 */
@ConfigurationProperties("iton.account")
record AccountProperties(
        @DefaultValue("19456") int argon2MemoryKib,
        @DefaultValue("2") int argon2Iterations,
        @DefaultValue("5") int failuresBeforeLock,
        @DefaultValue("1m") Duration firstLock,
        @DefaultValue("1h") Duration longestLock,
        @DefaultValue("20") int addressFailures,
        @DefaultValue("10m") Duration addressWindow,
        @DefaultValue("14d") Duration rememberMe,
        @DefaultValue("1h") Duration passwordResetValidity,
        @DefaultValue("iton@localhost") String mailFrom) {

    AccountProperties {
        if (argon2MemoryKib < 8 || argon2Iterations < 1) {
            throw new IllegalArgumentException("iton.account.argon2-memory-kib must be 8 or more and argon2-iterations 1 or more");
        }
        if (failuresBeforeLock < 1 || addressFailures < 1) {
            throw new IllegalArgumentException("iton.account failure limits must be at least 1");
        }
    }

    /** The lock a run of {@code failures} failed logins earns: none below the threshold, then doubling. */
    Duration lockFor(int failures) {
        if (failures < failuresBeforeLock) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - failuresBeforeLock, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(longestLock) > 0 ? longestLock : lock;
    }
}
