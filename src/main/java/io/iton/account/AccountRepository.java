package io.iton.account;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.DbTime;
import io.iton.shared.GeneratedId;

@Repository
class AccountRepository {

    record Credentials(UserAccount account, String passwordHash) {
    }

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    Optional<Credentials> findByEmail(String email) {
        return jdbc.sql("""
                        SELECT id, email, display_name, password_hash, role, enabled, created_at
                          FROM app_user WHERE email = :email""")
                .param("email", email)
                .query((rs, n) -> new Credentials(new UserAccount(rs.getLong("id"), rs.getString("email"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                        DbTime.fromDb(rs, "created_at")), rs.getString("password_hash")))
                .optional();
    }

    Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, display_name FROM app_user WHERE id IN (:ids)").param("ids", ids)
                .query(rs -> {
                    names.put(rs.getLong("id"), rs.getString("display_name"));
                });
        return names;
    }

    long insert(String email, String displayName, String passwordHash, Role role, Instant now) {
        return GeneratedId.of(jdbc.sql("""
                        INSERT INTO app_user (email, display_name, password_hash, role, enabled, created_at)
                        VALUES (:email, :displayName, :passwordHash, :role, TRUE, :now)""")
                .param("email", email).param("displayName", displayName).param("passwordHash", passwordHash)
                .param("role", role.name()).param("now", DbTime.toDb(now)));
    }
}
