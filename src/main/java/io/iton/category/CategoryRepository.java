package io.iton.category;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.GeneratedId;

@Repository
class CategoryRepository {

    private static final String COLUMNS = "id, slug, name, description, featured, menu_order";
    private static final RowMapper<Category> ROW = (rs, n) -> new Category(rs.getLong("id"), rs.getString("slug"),
            rs.getString("name"), rs.getString("description"), rs.getBoolean("featured"), rs.getInt("menu_order"));

    private final JdbcClient jdbc;

    CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Category> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM category ORDER BY menu_order, name").query(ROW).list();
    }

    Optional<Category> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM category WHERE id = :id").param("id", id).query(ROW).optional();
    }

    Optional<Category> findBySlug(String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM category WHERE slug = :slug")
                .param("slug", slug).query(ROW).optional();
    }

    Optional<Category> findByName(String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM category WHERE name = :name")
                .param("name", name).query(ROW).optional();
    }

    long insert(CategoryForm form) {
        return GeneratedId.of(jdbc.sql("""
                        INSERT INTO category (slug, name, description, featured, menu_order)
                        VALUES (:slug, :name, :description, :featured, :menuOrder)""")
                .paramSource(form));
    }

    void update(long id, CategoryForm form) {
        jdbc.sql("""
                        UPDATE category
                           SET slug = :slug, name = :name, description = :description,
                               featured = :featured, menu_order = :menuOrder
                         WHERE id = :id""")
                .param("slug", form.slug()).param("name", form.name()).param("description", form.description())
                .param("featured", form.featured()).param("menuOrder", form.menuOrder()).param("id", id)
                .update();
    }
}
