package io.iton.account;

/**
 * "My account": who I am, the name form as posted, what was wrong with either form, and what
 * was just saved.
 */
public record AccountPage(UserAccount account, String roleName, String displayName, FieldErrors nameErrors,
                          FieldErrors passwordErrors, String saved) {
}
