package io.iton.article;

import java.time.Instant;

/**
 * Who approved an article for a review kind, when, and which content version they saw.
 *
 * @param approvedBy the account, or {@code null} if it was deleted since
 */
public record Approval(String kind, Long approvedBy, Instant approvedAt, int contentVersion) {

    /** It holds only for the content it saw. */
    public boolean holdsFor(Article article) {
        return contentVersion == article.contentVersion();
    }
}
