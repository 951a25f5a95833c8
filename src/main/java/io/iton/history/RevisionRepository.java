package io.iton.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.DbTime;
import io.iton.shared.GeneratedId;
import tools.jackson.databind.json.JsonMapper;

@Repository
class RevisionRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SUMMARY_COLUMNS = "r.id, r.article_id, r.article_version, r.kind, r.changed_fields,"
            + " f.article_version AS restored_from_version, r.title, r.saved_by, r.saved_by_name, r.saved_at";

    private static final String FROM = " FROM article_revision r LEFT JOIN article_revision f ON f.id = r.restored_from";

    private static final RowMapper<RevisionSummary> SUMMARY = (rs, n) -> summary(rs);

    private static final RowMapper<Revision> REVISION = (rs, n) -> new Revision(summary(rs), rs.getString("subtitle"),
            rs.getString("body"), rs.getString("slug"), rs.getLong("author_id"), rs.getLong("category_id"),
            List.of(JSON.readValue(rs.getString("tags"), String[].class)), rs.getString("sponsor_name"),
            rs.getString("snapshot"));

    private final JdbcClient jdbc;

    RevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static RevisionSummary summary(ResultSet rs) throws SQLException {
        String changed = rs.getString("changed_fields");
        return new RevisionSummary(rs.getLong("id"), rs.getLong("article_id"), rs.getInt("article_version"),
                RevisionKind.valueOf(rs.getString("kind")),
                changed.isEmpty() ? List.of() : Arrays.asList(changed.split(",")),
                rs.getObject("restored_from_version", Integer.class), rs.getString("title"),
                rs.getObject("saved_by", Long.class), rs.getString("saved_by_name"), DbTime.fromDb(rs, "saved_at"));
    }

    long insert(Revision revision, Long restoredFrom) {
        RevisionSummary s = revision.summary();
        return GeneratedId.of(jdbc.sql("""
                        INSERT INTO article_revision (article_id, article_version, kind, restored_from, changed_fields,
                                                      title, subtitle, body, slug, author_id, category_id, tags,
                                                      sponsor_name, saved_by, saved_by_name, saved_at, snapshot)
                        VALUES (:articleId, :version, :kind, :restoredFrom, :changed, :title, :subtitle, :body, :slug,
                                :authorId, :categoryId, :tags, :sponsorName, :savedBy, :savedByName, :savedAt,
                                :snapshot)""")
                .param("articleId", s.articleId()).param("version", s.articleVersion()).param("kind", s.kind().name())
                .param("restoredFrom", restoredFrom).param("changed", String.join(",", s.changedFields()))
                .param("title", s.title()).param("subtitle", revision.subtitle()).param("body", revision.body())
                .param("slug", revision.slug()).param("authorId", revision.authorId())
                .param("categoryId", revision.categoryId()).param("tags", JSON.writeValueAsString(revision.tags()))
                .param("sponsorName", revision.sponsorName()).param("savedBy", s.savedBy())
                .param("savedByName", s.savedByName()).param("savedAt", DbTime.toDb(s.savedAt()))
                .param("snapshot", revision.snapshot()));
    }

    Optional<Revision> find(long articleId, long id) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + ", r.subtitle, r.body, r.slug, r.author_id, r.category_id,"
                        + " r.tags, r.sponsor_name, r.snapshot" + FROM + " WHERE r.id = :id AND r.article_id = :articleId")
                .param("id", id).param("articleId", articleId).query(REVISION).optional();
    }

    /** The newest revision's id and version, and its snapshot: what the next save is compared with. */
    Optional<Latest> latest(long articleId) {
        return jdbc.sql("""
                        SELECT id, article_version, snapshot FROM article_revision
                         WHERE article_id = :articleId ORDER BY article_version DESC LIMIT 1""")
                .param("articleId", articleId)
                .query((rs, n) -> new Latest(rs.getLong("id"), rs.getInt("article_version"),
                        ArticleSnapshot.parse(rs.getString("snapshot"))))
                .optional();
    }

    record Latest(long id, int articleVersion, ArticleSnapshot snapshot) {
    }

    List<RevisionSummary> summaries(long articleId, long offset, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + FROM + " WHERE r.article_id = :articleId"
                        + " ORDER BY r.article_version DESC LIMIT :limit OFFSET :offset")
                .param("articleId", articleId).param("limit", limit).param("offset", offset).query(SUMMARY).list();
    }

    long count(long articleId) {
        return jdbc.sql("SELECT COUNT(*) FROM article_revision WHERE article_id = :articleId")
                .param("articleId", articleId).query(Long.class).single();
    }

    /** The articles that have at least one revision. */
    Set<Long> articlesWithRevisions() {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT article_id FROM article_revision").query(Long.class).list());
    }
}
