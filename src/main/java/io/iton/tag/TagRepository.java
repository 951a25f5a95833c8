package io.iton.tag;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;


/**
 * The {@code tag} table and its former slugs. Merging and deleting also rewrite
 * {@code article_tag}: articles depend on tags, not the other way round, so those few
 * statements live here rather than behind a call into the article feature.
 */
@Repository
class TagRepository {

    private static final RowMapper<Tag> ROW = (rs, n) -> new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name"));
    private static final RowMapper<CountedTag> COUNTED = (rs, n) -> new CountedTag(ROW.mapRow(rs, n), rs.getLong("articles"));
    private static final String COUNTED_COLUMNS =
            "t.id, t.slug, t.name, (SELECT COUNT(*) FROM article_tag x WHERE x.tag_id = t.id) AS articles";
    private static final String ANY_FORM = "(t.slug LIKE :f0 OR t.slug LIKE :f1 OR t.slug LIKE :f2 OR t.slug LIKE :f3)";

    private final JdbcClient jdbc;

    TagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Tag> findById(long id) {
        return jdbc.sql("SELECT id, slug, name FROM tag WHERE id = :id").param("id", id).query(ROW).optional();
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

    List<CountedTag> findCountedPage(long offset, int limit) {
        return jdbc.sql("SELECT " + COUNTED_COLUMNS + " FROM tag t ORDER BY t.name LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset).query(COUNTED).list();
    }

    /** Tags whose slug contains any form of the query, by name. */
    List<CountedTag> findCountedMatching(TagQuery query, long offset, int limit) {
        return withForms(jdbc.sql("SELECT " + COUNTED_COLUMNS + " FROM tag t WHERE " + ANY_FORM
                        + " ORDER BY t.name LIMIT :limit OFFSET :offset"), query.patterns("%", "%"))
                .param("limit", limit).param("offset", offset).query(COUNTED).list();
    }

    long countMatching(TagQuery query) {
        return withForms(jdbc.sql("SELECT COUNT(*) FROM tag t WHERE " + ANY_FORM), query.patterns("%", "%"))
                .query(Long.class).single();
    }

    /**
     * Tags whose slug, or a word of it, starts with a form of the query: the query as typed
     * first, then the most used, then the shortest names.
     */
    List<Tag> suggest(TagQuery query, int limit) {
        List<String> starts = query.patterns("", "%");
        List<String> wordStarts = query.patterns("%-", "%");
        return withForms(jdbc.sql("""
                        SELECT t.id, t.slug, t.name FROM tag t
                         WHERE (t.slug LIKE :f0 OR t.slug LIKE :f1 OR t.slug LIKE :f2 OR t.slug LIKE :f3
                                OR t.slug LIKE :w0 OR t.slug LIKE :w1 OR t.slug LIKE :w2 OR t.slug LIKE :w3)
                         ORDER BY CASE WHEN t.slug LIKE :f0 THEN 0 ELSE 1 END,
                                  (SELECT COUNT(*) FROM article_tag x WHERE x.tag_id = t.id) DESC,
                                  LENGTH(t.name), t.name
                         LIMIT :limit"""), starts)
                .param("w0", wordStarts.get(0)).param("w1", wordStarts.get(1))
                .param("w2", wordStarts.get(2)).param("w3", wordStarts.get(3))
                .param("limit", limit).query(ROW).list();
    }

    private static JdbcClient.StatementSpec withForms(JdbcClient.StatementSpec sql, List<String> patterns) {
        return sql.param("f0", patterns.get(0)).param("f1", patterns.get(1))
                .param("f2", patterns.get(2)).param("f3", patterns.get(3));
    }

    long countArticles(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM article_tag WHERE tag_id = :id").param("id", id).query(Long.class).single();
    }

    List<Long> articleIds(long id) {
        return jdbc.sql("SELECT article_id FROM article_tag WHERE tag_id = :id ORDER BY article_id")
                .param("id", id).query(Long.class).list();
    }

    /**
     * Inserts the tag unless one with its slug or name exists (committed, or being committed by
     * another transaction, which this one then waits for). False when nothing was inserted.
     */
    boolean insertIfAbsent(String slug, String name) {
        return jdbc.sql("INSERT INTO tag (slug, name) VALUES (:slug, :name) ON CONFLICT DO NOTHING")
                .param("slug", slug).param("name", name).update() == 1;
    }

    void update(long id, String slug, String name) {
        jdbc.sql("UPDATE tag SET slug = :slug, name = :name WHERE id = :id")
                .param("slug", slug).param("name", name).param("id", id).update();
    }

    /**
     * Puts {@code targetId} wherever {@code sourceId} is. An article that had both keeps one
     * copy, at the earlier of the two places; the others keep their order.
     */
    void mergeIntoArticles(long sourceId, long targetId) {
        touchArticlesWith(sourceId);
        jdbc.sql("""
                        UPDATE article_tag
                           SET sort_order = (SELECT s.sort_order FROM article_tag s
                                              WHERE s.article_id = article_tag.article_id AND s.tag_id = :source)
                         WHERE tag_id = :target
                           AND EXISTS (SELECT 1 FROM article_tag s
                                        WHERE s.article_id = article_tag.article_id AND s.tag_id = :source
                                          AND s.sort_order < article_tag.sort_order)""")
                .param("source", sourceId).param("target", targetId).update();
        jdbc.sql("""
                        DELETE FROM article_tag
                         WHERE tag_id = :source
                           AND article_id IN (SELECT t.article_id FROM article_tag t WHERE t.tag_id = :target)""")
                .param("source", sourceId).param("target", targetId).update();
        jdbc.sql("UPDATE article_tag SET tag_id = :target WHERE tag_id = :source")
                .param("source", sourceId).param("target", targetId).update();
    }

    void removeFromArticles(long id) {
        touchArticlesWith(id);
        jdbc.sql("DELETE FROM article_tag WHERE tag_id = :id").param("id", id).update();
    }

    /**
     * Their tags change, so their version does too, as with any edit: a form opened before is
     * refused (409) rather than saving the old tags back, and the search index's start-up
     * check sees these articles changed.
     */
    private void touchArticlesWith(long tagId) {
        jdbc.sql("UPDATE article SET version = version + 1 WHERE id IN (SELECT article_id FROM article_tag WHERE tag_id = :id)")
                .param("id", tagId).update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM tag WHERE id = :id").param("id", id).update();
    }

    Optional<Tag> findByFormerSlug(String slug) {
        return jdbc.sql("SELECT t.id, t.slug, t.name FROM tag t JOIN tag_former_slug f ON f.tag_id = t.id WHERE f.slug = :slug")
                .param("slug", slug).query(ROW).optional();
    }

    List<String> formerSlugs(long id) {
        return jdbc.sql("SELECT slug FROM tag_former_slug WHERE tag_id = :id ORDER BY slug")
                .param("id", id).query(String.class).list();
    }

    /** From now on {@code slug} leads to tag {@code id}, whatever it led to before. */
    void rememberFormerSlug(String slug, long id) {
        forgetFormerSlug(slug);
        jdbc.sql("INSERT INTO tag_former_slug (slug, tag_id) VALUES (:slug, :id)").param("slug", slug).param("id", id).update();
    }

    /** A tag took this slug as its own: it is no longer anyone's old address. */
    void forgetFormerSlug(String slug) {
        jdbc.sql("DELETE FROM tag_former_slug WHERE slug = :slug").param("slug", slug).update();
    }

    void moveFormerSlugs(long sourceId, long targetId) {
        jdbc.sql("UPDATE tag_former_slug SET tag_id = :target WHERE tag_id = :source")
                .param("target", targetId).param("source", sourceId).update();
    }
}
