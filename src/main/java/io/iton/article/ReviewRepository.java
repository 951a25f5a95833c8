package io.iton.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.DbTime;

/** Review requirements per category, grants per account, and the approvals given. */
@Repository
class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> categoryKinds(long categoryId) {
        return jdbc.sql("SELECT kind FROM category_review WHERE category_id = :id ORDER BY kind")
                .param("id", categoryId).query(String.class).list();
    }

    /** Every category's required kinds, by category id (categories without any are absent). */
    Map<Long, Set<String>> allCategoryKinds() {
        Map<Long, Set<String>> kinds = new HashMap<>();
        jdbc.sql("SELECT category_id, kind FROM category_review").query(rs -> {
            kinds.computeIfAbsent(rs.getLong("category_id"), k -> new TreeSet<>()).add(rs.getString("kind"));
        });
        return kinds;
    }

    void replaceCategoryKinds(long categoryId, List<String> kinds) {
        jdbc.sql("DELETE FROM category_review WHERE category_id = :id").param("id", categoryId).update();
        for (String kind : kinds) {
            jdbc.sql("INSERT INTO category_review (category_id, kind) VALUES (:id, :kind)")
                    .param("id", categoryId).param("kind", kind).update();
        }
    }

    List<Approval> approvals(long articleId) {
        return jdbc.sql("""
                        SELECT kind, approved_by, approved_at, content_version
                          FROM article_approval WHERE article_id = :id ORDER BY kind""")
                .param("id", articleId)
                .query((rs, n) -> new Approval(rs.getString("kind"), rs.getObject("approved_by", Long.class),
                        DbTime.fromDb(rs, "approved_at"), rs.getInt("content_version")))
                .list();
    }

    /** The latest approval of a kind replaces any earlier one. */
    void approve(long articleId, String kind, long userId, Instant at, int contentVersion) {
        jdbc.sql("DELETE FROM article_approval WHERE article_id = :id AND kind = :kind")
                .param("id", articleId).param("kind", kind).update();
        jdbc.sql("""
                        INSERT INTO article_approval (article_id, kind, approved_by, approved_at, content_version)
                        VALUES (:id, :kind, :userId, :at, :contentVersion)""")
                .param("id", articleId).param("kind", kind).param("userId", userId).param("at", DbTime.toDb(at))
                .param("contentVersion", contentVersion).update();
    }

    boolean hasGrant(long userId, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM review_grant WHERE user_id = :userId AND kind = :kind")
                .param("userId", userId).param("kind", kind).query(Long.class).single() > 0;
    }

    /**
     * Every grant with the account's e-mail and name. Reading {@code app_user} here (and only
     * reading it) keeps the article feature free of a dependency on accounts, which depend on it.
     */
    List<ReviewGrant> grants() {
        List<ReviewGrant> grants = new ArrayList<>();
        jdbc.sql("""
                        SELECT g.user_id, u.email, u.display_name, g.kind
                          FROM review_grant g JOIN app_user u ON u.id = g.user_id
                         ORDER BY u.display_name, u.email, g.kind""")
                .query(rs -> {
                    grants.add(new ReviewGrant(rs.getLong("user_id"), rs.getString("email"),
                            rs.getString("display_name"), rs.getString("kind")));
                });
        return grants;
    }

    boolean userExists(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE id = :id").param("id", userId)
                .query(Long.class).single() > 0;
    }

    void grant(long userId, String kind) {
        if (!hasGrant(userId, kind)) {
            jdbc.sql("INSERT INTO review_grant (user_id, kind) VALUES (:userId, :kind)")
                    .param("userId", userId).param("kind", kind).update();
        }
    }

    void revoke(long userId, String kind) {
        jdbc.sql("DELETE FROM review_grant WHERE user_id = :userId AND kind = :kind")
                .param("userId", userId).param("kind", kind).update();
    }
}
