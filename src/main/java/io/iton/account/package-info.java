/**
 * Newsroom accounts and security: users with roles, the first administrator's bootstrap, password
 * hashing, and the HTTP security rules of every channel. Owns the {@code app_user} table.
 */
package io.iton.account;
