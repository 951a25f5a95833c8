package io.iton.tag;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.GeneratedId;

@Repository
class TagRepository {

    private static final RowMapper<Tag> ROW = (rs, n) -> new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name"));

    private final JdbcClient jdbc;

    TagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Tag> findBySlug(String slug) {
        return jdbc.sql("SELECT id, slug, name FROM tag WHERE slug = :slug").param("slug", slug).query(ROW).optional();
    }

    Optional<Tag> findByName(String name) {
        return jdbc.sql("SELECT id, slug, name FROM tag WHERE name = :name").param("name", name).query(ROW).optional();
    }

    List<Tag> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, slug, name FROM tag WHERE id IN (:ids)").param("ids", ids).query(ROW).list();
    }

    List<Tag> findPage(long offset, int limit) {
        return jdbc.sql("SELECT id, slug, name FROM tag ORDER BY name LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset).query(ROW).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM tag").query(Long.class).single();
    }

    long insert(String slug, String name) {
        return GeneratedId.of(jdbc.sql("INSERT INTO tag (slug, name) VALUES (:slug, :name)")
                .param("slug", slug).param("name", name));
    }

    void update(long id, String slug, String name) {
        jdbc.sql("UPDATE tag SET slug = :slug, name = :name WHERE id = :id")
                .param("slug", slug).param("name", name).param("id", id).update();
    }
}
