package io.iton.account;

/**
 * The login page: the e-mail to fill in again, what went wrong or what just happened, and whether
 * the first-run set-up is still open (no account yet), to link to it.
 */
public record LoginPage(String email, String error, String notice, boolean setupOpen) {
}
