/**
 * Articles: their content, ordered tags, sponsorship, and the draft → scheduled → published →
 * unpublished workflow. Owns the {@code article} and {@code article_tag} tables, sanitizes bodies
 * on save, and announces changes as past-tense events for search, caches and feeds.
 */
package io.iton.article;
