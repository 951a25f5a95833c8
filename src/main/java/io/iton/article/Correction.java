package io.iton.article;

import java.time.Instant;

/**
 * A public correction note (תיקון) on a published article: plain text, shown with its time.
 *
 * @param createdBy the editor's account, or {@code null} if it was deleted since
 */
public record Correction(long id, long articleId, String text, Instant createdAt, Long createdBy) {
}
