package io.iton.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.Conflict;
import io.iton.shared.DbTime;
import io.iton.shared.GeneratedId;

@Repository
class ArticleRepository {

    /** Readers see published articles, and scheduled ones whose minute has come. */
    static final String PUBLIC = "a.status IN ('PUBLISHED', 'SCHEDULED') AND a.published_at <= :now";

    /** How many of the newest articles sharing a tag are ranked for "related articles". */
    static final int RELATED_CANDIDATES = 300;

    static final String SUMMARY_COLUMNS =
            "a.id, a.slug, a.title, a.subtitle, a.author_id, a.category_id, a.status, a.published_at, a.updated_at,"
            + " a.created_at, a.sponsor_name, a.created_by, a.version";

    static final RowMapper<ArticleSummary> SUMMARY = (rs, n) -> new ArticleSummary(rs.getLong("id"),
            rs.getString("slug"), rs.getString("title"), rs.getString("subtitle"), rs.getLong("author_id"),
            rs.getLong("category_id"), ArticleStatus.valueOf(rs.getString("status")), DbTime.fromDb(rs, "published_at"),
            DbTime.fromDb(rs, "updated_at"), DbTime.fromDb(rs, "created_at"), rs.getString("sponsor_name"),
            rs.getObject("created_by", Long.class), rs.getInt("version"));

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A whole article row, tags and review kinds not yet attached. */
    static final RowMapper<Article> ARTICLE = (rs, n) -> new Article(rs.getLong("id"), rs.getString("slug"),
            rs.getString("title"), rs.getString("subtitle"), rs.getString("body"), rs.getLong("author_id"),
            rs.getLong("category_id"), List.of(), ArticleStatus.valueOf(rs.getString("status")),
            DbTime.fromDb(rs, "published_at"), DbTime.fromDb(rs, "updated_at"), DbTime.fromDb(rs, "created_at"),
            rs.getString("sponsor_name"), rs.getString("seo_title"), rs.getString("seo_description"),
            rs.getObject("featured_image_id", Long.class), List.of(), rs.getObject("created_by", Long.class),
            rs.getInt("content_version"), rs.getString("review_note"), rs.getInt("version"));

    static final String ARTICLE_COLUMNS = "id, slug, title, subtitle, body, author_id, category_id, status,"
            + " published_at, updated_at, created_at, sponsor_name, seo_title, seo_description, featured_image_id,"
            + " created_by, content_version, review_note, version";

    Optional<Article> findById(long id) {
        return jdbc.sql("SELECT " + ARTICLE_COLUMNS + " FROM article WHERE id = :id")
                .param("id", id).query(ARTICLE).optional()
                .map(a -> a.withTagsAndReviews(tagIds(a.id()), requiredReviews(a.id())));
    }

    Optional<Long> findIdBySlug(String slug) {
        return jdbc.sql("SELECT id FROM article WHERE slug = :slug ORDER BY id").param("slug", slug)
                .query(Long.class).list().stream().findFirst();
    }

    private List<Long> tagIds(long articleId) {
        return jdbc.sql("SELECT tag_id FROM article_tag WHERE article_id = :id ORDER BY sort_order")
                .param("id", articleId).query(Long.class).list();
    }

    private List<String> requiredReviews(long articleId) {
        return jdbc.sql("SELECT kind FROM article_review WHERE article_id = :id ORDER BY kind")
                .param("id", articleId).query(String.class).list();
    }

    Article insert(Article article) {
        long id = GeneratedId.of(jdbc.sql("""
                        INSERT INTO article (slug, title, subtitle, body, author_id, category_id, status,
                                             published_at, updated_at, created_at, sponsored, sponsor_name,
                                             seo_title, seo_description, featured_image_id, created_by,
                                             content_version, review_note, version)
                        VALUES (:slug, :title, :subtitle, :body, :authorId, :categoryId, :status,
                                :publishedAt, :updatedAt, :createdAt, :sponsored, :sponsorName,
                                :seoTitle, :seoDescription, :featuredImageId, :createdBy,
                                :contentVersion, :reviewNote, 0)""")
                .params(columns(article)).param("createdBy", article.createdBy()));
        writeTagsAndReviews(id, article);
        return findById(id).orElseThrow();
    }

    /**
     * Only the update time, at the version it was read, and no new version: nothing readers see
     * changes with it (an import sets the old site's edit time right after publishing).
     */
    void writeUpdatedAt(Article article) {
        int rows = jdbc.sql("UPDATE article SET updated_at = :updatedAt WHERE id = :id AND version = :version")
                .param("updatedAt", DbTime.toDb(article.updatedAt())).param("id", article.id())
                .param("version", article.version()).update();
        if (rows == 0) {
            throw new Conflict("article " + article.id() + " changed since version " + article.version());
        }
    }

    /** Writes the article if nobody changed it since it was read; otherwise {@link Conflict}. */
    Article update(Article article) {
        int rows = jdbc.sql("""
                        UPDATE article
                           SET slug = :slug, title = :title, subtitle = :subtitle, body = :body,
                               author_id = :authorId, category_id = :categoryId, status = :status,
                               published_at = :publishedAt, updated_at = :updatedAt,
                               sponsored = :sponsored, sponsor_name = :sponsorName,
                               seo_title = :seoTitle, seo_description = :seoDescription,
                               featured_image_id = :featuredImageId, content_version = :contentVersion,
                               review_note = :reviewNote, version = version + 1
                         WHERE id = :id AND version = :version""")
                .params(columns(article)).param("id", article.id()).param("version", article.version())
                .update();
        if (rows == 0) {
            throw new Conflict("article " + article.id() + " changed since version " + article.version());
        }
        jdbc.sql("DELETE FROM article_tag WHERE article_id = :id").param("id", article.id()).update();
        jdbc.sql("DELETE FROM article_review WHERE article_id = :id").param("id", article.id()).update();
        writeTagsAndReviews(article.id(), article);
        return findById(article.id()).orElseThrow();
    }

    private void writeTagsAndReviews(long articleId, Article article) {
        List<Long> tagIds = article.tagIds();
        for (int i = 0; i < tagIds.size(); i++) {
            jdbc.sql("INSERT INTO article_tag (article_id, tag_id, sort_order) VALUES (:articleId, :tagId, :sortOrder)")
                    .param("articleId", articleId).param("tagId", tagIds.get(i)).param("sortOrder", i).update();
        }
        for (String kind : article.requiredReviews()) {
            jdbc.sql("INSERT INTO article_review (article_id, kind) VALUES (:articleId, :kind)")
                    .param("articleId", articleId).param("kind", kind).update();
        }
    }

    private static Map<String, Object> columns(Article a) {
        Map<String, Object> values = new HashMap<>();
        values.put("slug", a.slug());
        values.put("title", a.title());
        values.put("subtitle", a.subtitle());
        values.put("body", a.body());
        values.put("authorId", a.authorId());
        values.put("categoryId", a.categoryId());
        values.put("status", a.status().name());
        values.put("publishedAt", DbTime.toDb(a.publishedAt()));
        values.put("updatedAt", DbTime.toDb(a.updatedAt()));
        values.put("createdAt", DbTime.toDb(a.createdAt()));
        values.put("sponsored", a.sponsored());
        values.put("sponsorName", a.sponsorName());
        values.put("seoTitle", a.seoTitle());
        values.put("seoDescription", a.seoDescription());
        values.put("featuredImageId", a.featuredImageId());
        values.put("contentVersion", a.contentVersion());
        values.put("reviewNote", a.reviewNote());
        return values;
    }

    // ---- what readers see

    List<ArticleSummary> latestPublic(Instant now, long offset, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM article a WHERE " + PUBLIC
                        + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .param("now", DbTime.toDb(now)).param("limit", limit).param("offset", offset)
                .query(SUMMARY).list();
    }

    long countPublic(Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM article a WHERE " + PUBLIC)
                .param("now", DbTime.toDb(now)).query(Long.class).single();
    }

    List<ArticleSummary> publicInCategory(long categoryId, Instant now, long offset, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM article a WHERE a.category_id = :categoryId AND "
                        + PUBLIC + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .param("categoryId", categoryId).param("now", DbTime.toDb(now))
                .param("limit", limit).param("offset", offset).query(SUMMARY).list();
    }

    long countPublicInCategory(long categoryId, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM article a WHERE a.category_id = :categoryId AND " + PUBLIC)
                .param("categoryId", categoryId).param("now", DbTime.toDb(now)).query(Long.class).single();
    }

    List<ArticleSummary> publicByAuthor(long authorId, Instant now, long offset, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM article a WHERE a.author_id = :authorId AND "
                        + PUBLIC + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .param("authorId", authorId).param("now", DbTime.toDb(now))
                .param("limit", limit).param("offset", offset).query(SUMMARY).list();
    }

    long countPublicByAuthor(long authorId, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM article a WHERE a.author_id = :authorId AND " + PUBLIC)
                .param("authorId", authorId).param("now", DbTime.toDb(now)).query(Long.class).single();
    }

    List<ArticleSummary> publicWithTag(long tagId, Instant now, long offset, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM article a JOIN article_tag t ON t.article_id = a.id"
                        + " WHERE t.tag_id = :tagId AND " + PUBLIC
                        + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .param("tagId", tagId).param("now", DbTime.toDb(now))
                .param("limit", limit).param("offset", offset).query(SUMMARY).list();
    }

    long countPublicWithTag(long tagId, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM article a JOIN article_tag t ON t.article_id = a.id"
                        + " WHERE t.tag_id = :tagId AND " + PUBLIC)
                .param("tagId", tagId).param("now", DbTime.toDb(now)).query(Long.class).single();
    }

    /**
     * Public editorial articles sharing the most tags with this one, then the same category,
     * newest first. Sponsored articles are "related" only when {@code withSponsored}. Only the
     * newest {@link #RELATED_CANDIDATES} articles sharing a tag are ranked: a tag on every article
     * (a site's "ישראל") would otherwise have the database count tags over the whole archive on
     * every page it renders.
     */
    Related relatedPublic(Article article, Instant now, int limit, boolean withSponsored) {
        String sponsored = withSponsored ? "" : " AND a.sponsored = FALSE";
        // With one tag every candidate shares exactly one: the newest are the related ones, no ranking needed.
        int wanted = article.tagIds().size() == 1 ? limit : RELATED_CANDIDATES;
        List<Long> candidates = article.tagIds().isEmpty() ? List.of() : jdbc.sql("SELECT a.id FROM article a"
                        + " WHERE a.id <> :id" + sponsored + " AND " + PUBLIC + " AND EXISTS (SELECT 1 FROM article_tag t"
                        + " WHERE t.article_id = a.id AND t.tag_id IN (:tagIds))"
                        + " ORDER BY a.published_at DESC, a.id DESC LIMIT :candidates")
                .param("tagIds", article.tagIds()).param("id", article.id()).param("now", DbTime.toDb(now))
                .param("candidates", wanted).query(Long.class).list();
        List<ArticleSummary> related = new ArrayList<>(summaries(mostShared(article, candidates, limit)));
        if (related.size() >= limit) {
            return new Related(related, false);
        }
        List<Long> seen = new ArrayList<>(related.stream().map(ArticleSummary::id).toList());
        seen.add(article.id());
        related.addAll(jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM article a"
                        + " WHERE a.category_id = :categoryId AND a.id NOT IN (:seen)" + sponsored + " AND "
                        + PUBLIC + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit")
                .param("categoryId", article.categoryId()).param("seen", seen).param("now", DbTime.toDb(now))
                .param("limit", limit - related.size()).query(SUMMARY).list());
        return new Related(related, true);
    }

    /**
     * The {@code limit} candidates sharing most of the article's tags, the newer first among equals:
     * the candidates come newest first, and the sort keeps their order among equal counts. Counted
     * by article id alone, so the database groups small rows, not whole articles.
     */
    private List<Long> mostShared(Article article, List<Long> candidates, int limit) {
        if (article.tagIds().size() <= 1 || candidates.size() <= 1) {
            return candidates.subList(0, Math.min(limit, candidates.size()));
        }
        Map<Long, Long> shared = new HashMap<>();
        jdbc.sql("SELECT article_id, COUNT(*) AS shared FROM article_tag"
                        + " WHERE tag_id IN (:tagIds) AND article_id IN (:candidates) GROUP BY article_id")
                .param("tagIds", article.tagIds()).param("candidates", candidates)
                .query((RowCallbackHandler) rs -> shared.put(rs.getLong("article_id"), rs.getLong("shared")));
        return candidates.stream().sorted(Comparator.comparingLong((Long id) -> shared.getOrDefault(id, 0L)).reversed())
                .limit(limit).toList();
    }

    /** The summaries of these articles, in this order. */
    private List<ArticleSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleSummary> byId = new HashMap<>();
        jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM article a WHERE a.id IN (:ids)").param("ids", ids)
                .query(SUMMARY).list().forEach(s -> byId.put(s.id(), s));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Public articles in id order, a slice at a time: for sitemaps, which must list them all. */
    List<ArticleSummary> publicSlice(Instant now, long offset, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM article a WHERE " + PUBLIC
                        + " ORDER BY a.id LIMIT :limit OFFSET :offset")
                .param("now", DbTime.toDb(now)).param("limit", limit).param("offset", offset).query(SUMMARY).list();
    }

    List<ArticleSummary> publicSince(Instant since, Instant now) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM article a WHERE " + PUBLIC
                        + " AND a.published_at >= :since ORDER BY a.published_at DESC, a.id DESC")
                .param("now", DbTime.toDb(now)).param("since", DbTime.toDb(since)).query(SUMMARY).list();
    }

    /** When each category's, author's or tag's public articles last changed, by that key. */
    Map<Long, Instant> lastChangeBy(String key, Instant now) {
        String from = switch (key) {
            case "category" -> "a.category_id";
            case "author" -> "a.author_id";
            case "tag" -> "t.tag_id";
            default -> throw new IllegalArgumentException(key);
        };
        String join = key.equals("tag") ? " JOIN article_tag t ON t.article_id = a.id" : "";
        Map<Long, Instant> last = new HashMap<>();
        jdbc.sql("SELECT " + from + " AS k, MAX(CASE WHEN a.updated_at > a.published_at THEN a.updated_at"
                        + " ELSE a.published_at END) AS t FROM article a" + join + " WHERE " + PUBLIC + " GROUP BY " + from)
                .param("now", DbTime.toDb(now))
                .query(rs -> {
                    last.put(rs.getLong("k"), DbTime.fromDb(rs, "t"));
                });
        return last;
    }

    List<Long> scheduledBetween(Instant after, Instant upTo) {
        return jdbc.sql("SELECT id FROM article WHERE status = 'SCHEDULED' AND published_at > :after"
                        + " AND published_at <= :upTo")
                .param("after", DbTime.toDb(after)).param("upTo", DbTime.toDb(upTo)).query(Long.class).list();
    }

    /** Every article regardless of status, newest first: for the newsroom and the API's writers. */
    List<ArticleSummary> all(long offset, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM article a ORDER BY a.created_at DESC, a.id DESC"
                        + " LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset).query(SUMMARY).list();
    }

    long countAll() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }
}
