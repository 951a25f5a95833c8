package io.iton.article;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.DbTime;
import io.iton.shared.GeneratedId;

@Repository
class CorrectionRepository {

    private final JdbcClient jdbc;

    CorrectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first, as they happened. */
    List<Correction> of(long articleId) {
        return jdbc.sql("""
                        SELECT id, article_id, text, created_at, created_by FROM article_correction
                         WHERE article_id = :id ORDER BY created_at, id""")
                .param("id", articleId)
                .query((rs, n) -> new Correction(rs.getLong("id"), rs.getLong("article_id"), rs.getString("text"),
                        DbTime.fromDb(rs, "created_at"), rs.getObject("created_by", Long.class)))
                .list();
    }

    long insert(long articleId, String text, Instant at, Long createdBy) {
        return GeneratedId.of(jdbc.sql("""
                        INSERT INTO article_correction (article_id, text, created_at, created_by)
                        VALUES (:articleId, :text, :at, :createdBy)""")
                .param("articleId", articleId).param("text", text).param("at", DbTime.toDb(at))
                .param("createdBy", createdBy));
    }
}
