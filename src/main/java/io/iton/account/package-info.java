/**
 * Newsroom accounts and security: users with roles, the first administrator (set-up page or
 * environment), password hashing, login lock-out (per account in the database, per client
 * address in memory), persistent "remember me", password-reset links, user administration, and
 * the HTTP security rules of every channel. Owns the {@code app_user}, {@code persistent_logins},
 * {@code account_first_run} and {@code password_reset} tables.
 */
package io.iton.account;
