package io.iton.account;

import java.time.Instant;

/**
 * A newsroom login. The password hash never leaves this package's services.
 *
 * @param lastLoginAt the last successful login, or {@code null} for never
 */
public record UserAccount(long id, String email, String displayName, Role role, boolean enabled, Instant createdAt,
                          Instant lastLoginAt) {

    public boolean admin() {
        return role == Role.ADMIN;
    }
}
