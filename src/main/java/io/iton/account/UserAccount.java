package io.iton.account;

import java.time.Instant;

/** A newsroom login. The password hash never leaves this package's services. */
public record UserAccount(long id, String email, String displayName, Role role, boolean enabled, Instant createdAt) {
}
