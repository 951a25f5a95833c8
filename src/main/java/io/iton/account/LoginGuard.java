package io.iton.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing, for the newsroom's form and the API's HTTP Basic alike. Per
 * account, in the database so every node sees it: {@link AccountProperties#failuresBeforeLock()}
 * failures in a row lock the account, for a time that doubles with each further failure, and a
 * success clears it. Per client address, in memory: {@link AddressThrottle}. Failures are logged
 * with the e-mail as typed and the address; a password never is.
 */
@Service
class LoginGuard {

    private static final Logger log = LoggerFactory.getLogger(LoginGuard.class);

    private final AccountRepository repository;
    private final AddressThrottle addresses;
    private final AccountProperties properties;
    private final Clock clock;

    LoginGuard(AccountRepository repository, AddressThrottle addresses, AccountProperties properties, Clock clock) {
        this.repository = repository;
        this.addresses = addresses;
        this.properties = properties;
        this.clock = clock;
    }

    /** Refuses the attempt before any password is checked if the address or the account must wait. */
    void checkAllowed(String email, String address) {
        var addressWait = addresses.waitFor(address);
        if (addressWait.isPresent()) {
            log.warn("Login refused for {} from {}: too many failed logins from that address", printable(email), address);
            throw new LoginThrottled("address throttled", addressWait.get());
        }
        Instant now = clock.instant();
        repository.findByEmail(email)
                .map(AccountRepository.Credentials::lockedUntil)
                .filter(now::isBefore)
                .ifPresent(until -> {
                    log.warn("Login refused for {} from {}: account locked until {}", printable(email), address, until);
                    throw new LoginThrottled("account locked", Duration.between(now, until));
                });
    }

    @Transactional
    void failed(String email, String address) {
        addresses.failed(address);
        var failures = repository.addFailedLogin(email);
        if (failures.isEmpty()) {
            log.warn("Failed login for unknown account {} from {}", printable(email), address);
            return;
        }
        Duration lock = properties.lockFor(failures.get());
        if (lock.isZero()) {
            log.warn("Failed login for {} from {} ({} in a row)", printable(email), address, failures.get());
            return;
        }
        repository.lockUntil(email, clock.instant().plus(lock));
        log.warn("Failed login for {} from {} ({} in a row): locked for {}", printable(email), address, failures.get(), lock);
    }

    @Transactional
    void succeeded(String email) {
        repository.recordLogin(email, clock.instant());
    }

    /** What someone typed as an e-mail, safe for one log line: no line breaks or control characters, not endless. */
    static String printable(String typed) {
        String clean = typed == null ? "" : typed.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }
}
