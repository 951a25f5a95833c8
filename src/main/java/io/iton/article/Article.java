package io.iton.article;

import java.time.Instant;
import java.util.List;

/**
 * An article as stored, with the rules of its workflow. Every change returns a new article; the
 * repository writes it only if {@code version} is still the one it was read at.
 *
 * @param sponsorName who paid for it, or {@code null} for editorial content
 * @param publishedAt when it goes or went public; kept when the article is edited later
 * @param updatedAt   when a public article was last edited, or {@code null}
 * @param createdBy   the account that created it, or {@code null} (demo content, imports)
 */
public record Article(
        long id,
        String slug,
        String title,
        String subtitle,
        String body,
        long authorId,
        long categoryId,
        List<Long> tagIds,
        ArticleStatus status,
        Instant publishedAt,
        Instant updatedAt,
        Instant createdAt,
        String sponsorName,
        Long createdBy,
        int version) {

    public Article {
        tagIds = List.copyOf(tagIds);
    }

    public boolean sponsored() {
        return sponsorName != null;
    }

    /** When readers last saw it change: its update if that came after publishing, else its publishing. */
    public Instant lastChanged() {
        return updatedAt != null && publishedAt != null && updatedAt.isAfter(publishedAt) ? updatedAt : publishedAt;
    }

    /** Readers may see it: published, or scheduled for a time that has come. */
    public boolean isPublicAt(Instant now) {
        return (status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED)
                && publishedAt != null && !publishedAt.isAfter(now);
    }

    /** Editors change anything; anyone else only their own draft. */
    public boolean mayBeEditedBy(Actor actor) {
        return actor.editor() || status == ArticleStatus.DRAFT && actor.userId() != null
                && actor.userId().equals(createdBy);
    }

    /**
     * Publishes at {@code at}: now or earlier makes it public at once (with that time, as when
     * moving an archive in), a later time schedules it.
     */
    Article publishAt(Instant at, Instant now) {
        if (status == ArticleStatus.PUBLISHED) {
            throw new IllegalTransition(status, "publish");
        }
        ArticleStatus next = at.isAfter(now) ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED;
        return with(next, at);
    }

    /** Publishes now, or keeps the time it first went public if it had one. */
    Article publish(Instant now) {
        boolean wasPublic = status == ArticleStatus.UNPUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
        return publishAt(wasPublic ? publishedAt : now, now);
    }

    Article unpublish() {
        if (status != ArticleStatus.PUBLISHED && status != ArticleStatus.SCHEDULED) {
            throw new IllegalTransition(status, "unpublish");
        }
        return with(ArticleStatus.UNPUBLISHED, publishedAt);
    }

    /** New content; an article readers can already see records when it was updated. */
    Article edit(ArticleContent content, List<Long> newTagIds, Instant now) {
        Instant updated = isPublicAt(now) ? now : updatedAt;
        return new Article(id, content.slug(), content.title(), content.subtitle(), content.body(), content.authorId(),
                content.categoryId(), newTagIds, status, publishedAt, updated, createdAt, content.sponsorName(),
                createdBy, version);
    }

    /** Whether an edit changed nothing a reader or an editor would see: all but the update time and version. */
    boolean sameContentAs(Article other) {
        return other != null && ignoringSaveMarks().equals(other.ignoringSaveMarks());
    }

    private Article ignoringSaveMarks() {
        return new Article(id, slug, title, subtitle, body, authorId, categoryId, tagIds, status, publishedAt, null,
                createdAt, sponsorName, createdBy, 0);
    }

    Article withTagIds(List<Long> newTagIds) {
        return new Article(id, slug, title, subtitle, body, authorId, categoryId, newTagIds, status, publishedAt,
                updatedAt, createdAt, sponsorName, createdBy, version);
    }

    /** The article as a client last saw it, so the repository can tell whether someone wrote since. */
    Article asOfVersion(int clientVersion) {
        return new Article(id, slug, title, subtitle, body, authorId, categoryId, tagIds, status, publishedAt,
                updatedAt, createdAt, sponsorName, createdBy, clientVersion);
    }

    static Article draft(ArticleContent content, List<Long> tagIds, Instant now, Long createdBy) {
        return new Article(0, content.slug(), content.title(), content.subtitle(), content.body(), content.authorId(),
                content.categoryId(), tagIds, ArticleStatus.DRAFT, null, null, now, content.sponsorName(), createdBy, 0);
    }

    private Article with(ArticleStatus newStatus, Instant newPublishedAt) {
        return new Article(id, slug, title, subtitle, body, authorId, categoryId, tagIds, newStatus, newPublishedAt,
                updatedAt, createdAt, sponsorName, createdBy, version);
    }
}
