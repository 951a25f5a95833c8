package io.iton.author;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.DbTime;
import io.iton.shared.GeneratedId;

@Repository
class AuthorRepository {

    private static final RowMapper<Author> ROW = (rs, n) ->
            new Author(rs.getLong("id"), rs.getString("slug"), rs.getString("display_name"), rs.getString("bio"));

    private final JdbcClient jdbc;

    AuthorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Author> findById(long id) {
        return jdbc.sql("SELECT id, slug, display_name, bio FROM author WHERE id = :id")
                .param("id", id).query(ROW).optional();
    }

    Optional<Author> findBySlug(String slug) {
        return jdbc.sql("SELECT id, slug, display_name, bio FROM author WHERE slug = :slug")
                .param("slug", slug).query(ROW).optional();
    }

    List<Author> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, slug, display_name, bio FROM author WHERE id IN (:ids)")
                .param("ids", ids).query(ROW).list();
    }

    List<Author> findAll() {
        return jdbc.sql("SELECT id, slug, display_name, bio FROM author ORDER BY display_name")
                .query(ROW).list();
    }

    long insert(String slug, String displayName, String bio, Instant now) {
        return GeneratedId.of(jdbc.sql("""
                        INSERT INTO author (slug, display_name, bio, created_at)
                        VALUES (:slug, :displayName, :bio, :now)""")
                .param("slug", slug).param("displayName", displayName).param("bio", bio)
                .param("now", DbTime.toDb(now)));
    }
}
