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
    private static final String PREFIXED_COLUMNS =
            "c.id, c.slug, c.name, c.description, c.featured, c.menu_order";
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

    /** Every category with its number of articles in any status, in the order of {@link #findAll()}. */
    List<CountedCategory> findAllCounted() {
        return jdbc.sql("""
                        SELECT c.id, c.slug, c.name, c.description, c.featured, c.menu_order,
                               (SELECT COUNT(*) FROM article a WHERE a.category_id = c.id) AS articles
                          FROM category c ORDER BY c.menu_order, c.name""")
                .query((rs, n) -> new CountedCategory(ROW.mapRow(rs, n), rs.getLong("articles"))).list();
    }

    long countArticles(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE category_id = :id").param("id", id).query(Long.class).single();
    }

    List<Long> articleIds(long id) {
        return jdbc.sql("SELECT id FROM article WHERE category_id = :id ORDER BY id").param("id", id)
                .query(Long.class).list();
    }

    /**
     * Moves every article of {@code sourceId} to {@code targetId}. Articles depend on categories,
     * not the other way round, so this one statement writes the article table from here. The
     * version goes up as with any change of the row: an editor's form opened before the merge
     * is refused (409) rather than saved back into a category that no longer exists, and the
     * search index's start-up check sees these articles changed.
     */
    void moveArticles(long sourceId, long targetId) {
        jdbc.sql("UPDATE article SET category_id = :target, version = version + 1 WHERE category_id = :source")
                .param("target", targetId).param("source", sourceId).update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM category WHERE id = :id").param("id", id).update();
    }

    void updateMenuOrder(long id, int menuOrder) {
        jdbc.sql("UPDATE category SET menu_order = :menuOrder WHERE id = :id")
                .param("menuOrder", menuOrder).param("id", id).update();
    }

    Optional<Category> findByFormerSlug(String slug) {
        return jdbc.sql("SELECT " + PREFIXED_COLUMNS + """
                         FROM category c JOIN category_former_slug f ON f.category_id = c.id
                        WHERE f.slug = :slug""").param("slug", slug).query(ROW).optional();
    }

    List<String> formerSlugs(long id) {
        return jdbc.sql("SELECT slug FROM category_former_slug WHERE category_id = :id ORDER BY slug")
                .param("id", id).query(String.class).list();
    }

    /** From now on {@code slug} leads to category {@code id}, whatever it led to before. */
    void rememberFormerSlug(String slug, long id) {
        forgetFormerSlug(slug);
        jdbc.sql("INSERT INTO category_former_slug (slug, category_id) VALUES (:slug, :id)")
                .param("slug", slug).param("id", id).update();
    }

    /** A category took this slug as its own: it is no longer anyone's old address. */
    void forgetFormerSlug(String slug) {
        jdbc.sql("DELETE FROM category_former_slug WHERE slug = :slug").param("slug", slug).update();
    }

    void moveFormerSlugs(long sourceId, long targetId) {
        jdbc.sql("UPDATE category_former_slug SET category_id = :target WHERE category_id = :source")
                .param("target", targetId).param("source", sourceId).update();
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
