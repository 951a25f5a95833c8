package io.iton.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.DbTime;

/**
 * Every article, read in batches for data derived from the articles (the search index): their
 * versions, and whole articles with tags and review kinds, three queries a batch.
 */
@Repository
class ArticleBatches {

    /** The order of {@code article_published_order_idx}, read from its newest end. */
    private static final String NEWEST_FIRST = " ORDER BY published_at DESC, id DESC";

    private final JdbcClient jdbc;

    ArticleBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every article's id and version: what the search index checks itself against. */
    Map<Long, Integer> versions() {
        Map<Long, Integer> versions = new HashMap<>();
        jdbc.sql("SELECT id, version FROM article").query(rs -> {
            versions.put(rs.getLong("id"), rs.getInt("version"));
        });
        return versions;
    }

    /** Whole articles in id order after {@code afterId}. */
    List<Article> after(long afterId, int limit) {
        return whole("id > :afterId ORDER BY id", Map.of("afterId", afterId), limit);
    }

    /**
     * Whole articles newest first after {@code last} (null: from the start): those never
     * published, in id order, then the rest by publish time and id, both descending.
     */
    List<Article> newestFirst(Article last, int limit) {
        if (last == null || last.publishedAt() == null) {
            List<Article> unpublished = whole("published_at IS NULL AND id > :afterId ORDER BY id",
                    Map.of("afterId", last == null ? 0 : last.id()), limit);
            return unpublished.isEmpty() ? whole("published_at IS NOT NULL" + NEWEST_FIRST, Map.of(), limit) : unpublished;
        }
        return whole("published_at <= :at AND (published_at < :at OR id < :id)" + NEWEST_FIRST,
                Map.of("at", DbTime.toDb(last.publishedAt()), "id", last.id()), limit);
    }

    /** Up to {@code limit} whole articles {@code where} says, in the order it gives, with their tags and review kinds. */
    private List<Article> whole(String where, Map<String, ?> params, int limit) {
        List<Article> articles = jdbc.sql("SELECT " + ArticleRepository.ARTICLE_COLUMNS + " FROM article WHERE " + where
                        + " LIMIT :limit")
                .params(params).param("limit", limit).query(ArticleRepository.ARTICLE).list();
        if (articles.isEmpty()) {
            return articles;
        }
        List<Long> ids = articles.stream().map(Article::id).toList();
        Map<Long, List<Long>> tags = new HashMap<>();
        jdbc.sql("SELECT article_id, tag_id FROM article_tag WHERE article_id IN (:ids) ORDER BY article_id, sort_order")
                .param("ids", ids)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>()).add(rs.getLong("tag_id"));
                });
        Map<Long, List<String>> kinds = new HashMap<>();
        jdbc.sql("SELECT article_id, kind FROM article_review WHERE article_id IN (:ids) ORDER BY article_id, kind")
                .param("ids", ids)
                .query(rs -> {
                    kinds.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>()).add(rs.getString("kind"));
                });
        return articles.stream().map(a -> a.withTagsAndReviews(tags.getOrDefault(a.id(), List.of()),
                kinds.getOrDefault(a.id(), List.of()))).toList();
    }
}
