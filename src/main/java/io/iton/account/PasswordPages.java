package io.iton.account;

/** The pages of "forgot my password". */
public final class PasswordPages {

    private PasswordPages() {
    }

    /** Asking for a link; {@code notice} is the neutral answer once asked. */
    public record Request(String notice) {
    }

    /**
     * Choosing the new password through a link: whose it is, or {@code email == null} when the
     * link is used, expired or unknown.
     */
    public record Choose(String token, String email, FieldErrors errors) {

        public boolean usable() {
            return email != null;
        }
    }
}
