/**
 * History: every saved version of an article (revisions, with compare and restore) and the audit
 * log of who did what. Both are written by synchronous listeners in the transaction of the change
 * they record, so a save without its revision, or an action without its log entry, cannot be
 * committed. Other features record their own actions through {@link io.iton.history.AuditLog}.
 * Owns the {@code article_revision} and {@code audit_entry} tables and the newsroom pages
 * {@code /newsroom/articles/{id}/revisions…} and {@code /newsroom/audit}.
 */
package io.iton.history;
