package io.iton.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.Page;
import io.iton.shared.PageRequest;

/**
 * Lists of articles in any status for the newsroom: its article list with filters and the
 * dashboard's queues. The WHERE clause is assembled from fixed fragments for the filters that are
 * set; every value travels as a named parameter.
 */
@Repository
class NewsroomListRepository {

    /** How a list is ordered; each is a fixed SQL fragment. */
    enum Order {
        NEWEST_CREATED("a.created_at DESC, a.id DESC"),
        LATEST_PUBLISH_TIME("a.published_at DESC, a.id DESC");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    private final JdbcClient jdbc;

    NewsroomListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<ArticleSummary> find(ArticleQuery query, Order order, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.status() != null) {
            where.add("a.status = :status");
            params.put("status", query.status().name());
        }
        if (query.categoryId() != null) {
            where.add("a.category_id = :categoryId");
            params.put("categoryId", query.categoryId());
        }
        if (query.authorId() != null) {
            where.add("a.author_id = :authorId");
            params.put("authorId", query.authorId());
        }
        if (query.createdBy() != null) {
            where.add("a.created_by = :createdBy");
            params.put("createdBy", query.createdBy());
        }
        if (query.titleContains() != null) {
            where.add("LOWER(a.title) LIKE :title ESCAPE '\\'");
            params.put("title", "%" + likeEscaped(query.titleContains().toLowerCase(Locale.ROOT)) + "%");
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        List<ArticleSummary> items = jdbc.sql("SELECT " + ArticleRepository.SUMMARY_COLUMNS + " FROM article a" + filter
                        + " ORDER BY " + order.sql + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(ArticleRepository.SUMMARY).list();
        long total = jdbc.sql("SELECT COUNT(*) FROM article a" + filter).params(params).query(Long.class).single();
        return Page.of(items, page, total);
    }

    /** The text as a literal inside a LIKE pattern: its own {@code %} and {@code _} match only themselves. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
