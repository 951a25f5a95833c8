package io.iton.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.DbTime;

/** Password-reset tokens by their SHA-256; the token itself is never stored. */
@Repository
class PasswordResetRepository {

    private final JdbcClient jdbc;

    PasswordResetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tokenHash, long userId, Instant now, Instant expiresAt) {
        jdbc.sql("""
                        INSERT INTO password_reset (token_hash, user_id, created_at, expires_at)
                        VALUES (:hash, :userId, :now, :expiresAt)""")
                .param("hash", tokenHash).param("userId", userId).param("now", DbTime.toDb(now))
                .param("expiresAt", DbTime.toDb(expiresAt)).update();
    }

    /** The account a token may still reset: not used, not expired. */
    Optional<Long> usableBy(String tokenHash, Instant now) {
        return jdbc.sql("""
                        SELECT user_id FROM password_reset
                         WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .param("hash", tokenHash).param("now", DbTime.toDb(now)).query(Long.class).optional();
    }

    /** Uses the token up; true only for the one request that did, however many race. */
    boolean burn(String tokenHash, Instant now) {
        return jdbc.sql("""
                        UPDATE password_reset SET used_at = :now
                         WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .param("hash", tokenHash).param("now", DbTime.toDb(now)).update() == 1;
    }

    /** Every link still out for this account stops working (a new password, or the account disabled). */
    void burnAll(long userId, Instant now) {
        jdbc.sql("UPDATE password_reset SET used_at = :now WHERE user_id = :userId AND used_at IS NULL")
                .param("now", DbTime.toDb(now)).param("userId", userId).update();
    }
}
