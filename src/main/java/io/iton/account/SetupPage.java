package io.iton.account;

/** The first-run set-up page: the form as posted (passwords never put back) and what was wrong with it. */
public record SetupPage(Form form, FieldErrors errors) {

    /** What the set-up form posts. */
    public record Form(String displayName, String email, String password, String passwordRepeat) {

        static final Form EMPTY = new Form("", "", null, null);

        @Override
        public String toString() {
            return "SetupPage.Form[" + email + "]";
        }
    }
}
