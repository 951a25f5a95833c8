package io.iton.article;

/** Where an article stands in the editorial workflow. */
public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED
}
