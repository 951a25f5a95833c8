package io.iton.account;

import java.util.List;

/** Creating an account: the form as posted (the password never put back) and what was wrong with it. */
public record UserFormPage(Form form, List<UsersPage.RoleOption> roles, FieldErrors errors) {

    public record Form(String displayName, String email, String role, String password) {

        static final Form EMPTY = new Form("", "", Role.WRITER.name(), null);

        @Override
        public String toString() {
            return "UserFormPage.Form[" + email + ", " + role + "]";
        }
    }
}
