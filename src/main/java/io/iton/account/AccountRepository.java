package io.iton.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.DbTime;
import io.iton.shared.GeneratedId;

@Repository
class AccountRepository {

    /** An account with what only logins may see: its hash and its run of failed logins. */
    record Credentials(UserAccount account, String passwordHash, int failedLogins, Instant lockedUntil) {
    }

    private static final String COLUMNS = """
            id, email, display_name, password_hash, role, enabled, created_at, last_login_at, failed_logins, locked_until""";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    Optional<Credentials> findByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE email = :email")
                .param("email", email).query((rs, n) -> credentials(rs)).optional();
    }

    Optional<Credentials> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
                .param("id", id).query((rs, n) -> credentials(rs)).optional();
    }

    Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, display_name FROM app_user WHERE id IN (:ids)").param("ids", ids)
                .query(rs -> {
                    names.put(rs.getLong("id"), rs.getString("display_name"));
                });
        return names;
    }

    List<UserAccount> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY created_at, id")
                .query((rs, n) -> credentials(rs).account()).list();
    }

    long insert(String email, String displayName, String passwordHash, Role role, Instant now) {
        return GeneratedId.of(jdbc.sql("""
                        INSERT INTO app_user (email, display_name, password_hash, role, enabled, created_at)
                        VALUES (:email, :displayName, :passwordHash, :role, TRUE, :now)""")
                .param("email", email).param("displayName", displayName).param("passwordHash", passwordHash)
                .param("role", role.name()).param("now", DbTime.toDb(now)));
    }

    /** Takes the one first-run row; a second taker fails on its primary key (or waits, then fails). */
    void claimFirstRun(Instant now) {
        jdbc.sql("INSERT INTO account_first_run (id, claimed_at) VALUES (1, :now)").param("now", DbTime.toDb(now)).update();
    }

    void updateDisplayName(long id, String displayName) {
        jdbc.sql("UPDATE app_user SET display_name = :name WHERE id = :id").param("name", displayName).param("id", id).update();
    }

    /** A new password also ends any lock: whoever set it proved who they are another way. */
    void updatePassword(long id, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash, failed_logins = 0, locked_until = NULL WHERE id = :id")
                .param("hash", passwordHash).param("id", id).update();
    }

    /** The same password in a newer hash format, after a successful login. */
    void rehash(String email, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE email = :email")
                .param("hash", passwordHash).param("email", email).update();
    }

    void updateRole(long id, Role role) {
        jdbc.sql("UPDATE app_user SET role = :role WHERE id = :id").param("role", role.name()).param("id", id).update();
    }

    void updateEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = :enabled WHERE id = :id").param("enabled", enabled).param("id", id).update();
    }

    /**
     * The enabled administrators, their rows locked until the transaction ends: two administrators
     * demoting each other at once then take turns, and the second sees the first's change.
     */
    List<Long> lockEnabledAdmins() {
        return jdbc.sql("SELECT id FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE ORDER BY id FOR UPDATE")
                .query(Long.class).list();
    }

    /** One more failed login in a row; the new count, or empty for an e-mail no account has. */
    Optional<Integer> addFailedLogin(String email) {
        int rows = jdbc.sql("UPDATE app_user SET failed_logins = failed_logins + 1 WHERE email = :email")
                .param("email", email).update();
        if (rows == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT failed_logins FROM app_user WHERE email = :email").param("email", email)
                .query(Integer.class).optional();
    }

    void lockUntil(String email, Instant until) {
        jdbc.sql("UPDATE app_user SET locked_until = :until WHERE email = :email")
                .param("until", DbTime.toDb(until)).param("email", email).update();
    }

    void recordLogin(String email, Instant now) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL, last_login_at = :now WHERE email = :email")
                .param("now", DbTime.toDb(now)).param("email", email).update();
    }

    private static Credentials credentials(ResultSet rs) throws SQLException {
        UserAccount account = new UserAccount(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), DbTime.fromDb(rs, "created_at"),
                DbTime.fromDb(rs, "last_login_at"));
        return new Credentials(account, rs.getString("password_hash"), rs.getInt("failed_logins"),
                DbTime.fromDb(rs, "locked_until"));
    }
}
