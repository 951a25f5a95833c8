package io.iton.article;

/**
 * Where an article stands in the editorial workflow: a writer's draft goes to review, an editor
 * schedules or publishes it (or returns it to draft), and may take it down again.
 */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, UNPUBLISHED
}
