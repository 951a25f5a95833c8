package io.iton.account;

import java.util.List;

/** The users list for administrators, one row per account, with what just happened. */
public record UsersPage(List<Row> rows, List<RoleOption> roles, String notice, String error) {

    /** One account as the table shows it; {@code self} rows offer no action that would lock the caller out. */
    public record Row(UserAccount account, String roleName, String created, String createdMachine, String lastLogin,
                      boolean self) {
    }

    public record RoleOption(String value, String label) {
    }
}
