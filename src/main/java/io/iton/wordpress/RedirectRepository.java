package io.iton.wordpress;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code wordpress_redirect} table: old WordPress paths and what they lead to now. */
@Repository
class RedirectRepository {

    enum Kind { ARTICLE, CATEGORY, TAG, AUTHOR }

    record Target(Kind kind, long id) {
    }

    private final JdbcClient jdbc;

    RedirectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Target> find(String oldPath) {
        return jdbc.sql("SELECT target_kind, target_id FROM wordpress_redirect WHERE old_path = :path")
                .param("path", oldPath)
                .query((rs, n) -> new Target(Kind.valueOf(rs.getString("target_kind")), rs.getLong("target_id")))
                .optional();
    }

    /** Adds the path unless it is taken; the target it leads to (an existing one wins). */
    Target add(String oldPath, Kind kind, long id) {
        Optional<Target> existing = find(oldPath);
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("INSERT INTO wordpress_redirect (old_path, target_kind, target_id) VALUES (:path, :kind, :id)")
                .param("path", oldPath).param("kind", kind.name()).param("id", id).update();
        return new Target(kind, id);
    }
}
