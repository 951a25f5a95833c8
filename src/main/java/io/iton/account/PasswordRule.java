package io.iton.account;

import java.util.Map;

/**
 * What a new password must be: at least {@value Accounts#MIN_PASSWORD} characters (any script:
 * a Hebrew pass-phrase counts the same as a Latin one), not so long that hashing it is a weapon,
 * and typed the same twice where a form asks for it twice.
 */
final class PasswordRule {

    static final int MAX_PASSWORD = 500;

    private PasswordRule() {
    }

    /** Adds a message key per refused field to {@code errors}; {@code repeat == null} means not asked twice. */
    static void check(Map<String, String> errors, String field, String password, String repeatField, String repeat) {
        if (password == null || password.codePointCount(0, password.length()) < Accounts.MIN_PASSWORD) {
            errors.put(field, "account.password.tooShort");
        } else if (password.length() > MAX_PASSWORD) {
            errors.put(field, "account.password.tooLong");
        } else if (repeatField != null && !password.equals(repeat)) {
            errors.put(repeatField, "account.password.mismatch");
        }
    }
}
