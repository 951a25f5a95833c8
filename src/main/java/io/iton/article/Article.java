package io.iton.article;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.iton.shared.Forbidden;

/**
 * An article as stored, with the rules of its workflow. Every change returns a new article; the
 * repository writes it only if {@code version} is still the one it was read at.
 *
 * @param sponsorName     who paid for it, or {@code null} for editorial content
 * @param publishedAt     when it goes or went public; kept when the article is edited later
 * @param updatedAt       when a public article was last edited, or {@code null}
 * @param seoTitle        title for search engines and share previews, or {@code null} for the headline
 * @param seoDescription  description for them, or {@code null} for the subtitle
 * @param featuredImageId its image in the media library, or {@code null}
 * @param requiredReviews review kinds this article needs besides its category's
 * @param createdBy       the account that created it, or {@code null} (demo content, imports)
 * @param contentVersion  counts edits that changed what readers would see; approvals hold for one
 * @param reviewNote      what an editor said when returning it to draft, or {@code null}
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
        String seoTitle,
        String seoDescription,
        Long featuredImageId,
        List<String> requiredReviews,
        Long createdBy,
        int contentVersion,
        String reviewNote,
        int version) {

    public Article {
        tagIds = List.copyOf(tagIds);
        requiredReviews = List.copyOf(requiredReviews);
    }

    public boolean sponsored() {
        return sponsorName != null;
    }

    /** The title search engines and share previews get: the SEO title when set, else the headline. */
    public String searchTitle() {
        return seoTitle != null ? seoTitle : title;
    }

    /** The description they get: the SEO description when set, else the subtitle. */
    public String searchDescription() {
        return seoDescription != null ? seoDescription : subtitle;
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

    /** Editors change anything; anyone else only their own draft, and not while it is in review. */
    public boolean mayBeEditedBy(Actor actor) {
        return actor.editor() || status == ArticleStatus.DRAFT && isCreatedBy(actor);
    }

    private boolean isCreatedBy(Actor actor) {
        return actor.userId() != null && actor.userId().equals(createdBy);
    }

    /** The writer (or an editor) hands a draft in for review; the last return note is done with. */
    Article submit(Actor actor) {
        if (status != ArticleStatus.DRAFT) {
            throw new IllegalTransition(status, "submit");
        }
        if (!actor.editor() && !isCreatedBy(actor)) {
            throw new Forbidden("article " + id + " is not this writer's draft");
        }
        return with(ArticleStatus.IN_REVIEW, publishedAt, null);
    }

    /** An editor sends it back to its writer, saying why. */
    Article returnToDraft(String note) {
        if (status != ArticleStatus.IN_REVIEW) {
            throw new IllegalTransition(status, "return");
        }
        return with(ArticleStatus.DRAFT, publishedAt, note);
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
        return with(next, at, reviewNote);
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
        return with(ArticleStatus.UNPUBLISHED, publishedAt, reviewNote);
    }

    /**
     * A scheduled article whose approvals an edit voided goes back to review, off the schedule:
     * otherwise it would still become public at its minute with content nobody approved.
     */
    Article withdrawnForReview() {
        if (status != ArticleStatus.SCHEDULED) {
            throw new IllegalTransition(status, "withdraw");
        }
        return with(ArticleStatus.IN_REVIEW, null, reviewNote);
    }

    /**
     * New content; an article readers can already see records when it was updated. Content that
     * differs from what is stored counts as a new content version, which voids earlier approvals.
     */
    Article edit(ArticleContent content, List<Long> newTagIds, Instant now) {
        Instant updated = isPublicAt(now) ? now : updatedAt;
        int nextContentVersion = readersSeeSameAs(content, newTagIds) ? contentVersion : contentVersion + 1;
        return new Article(id, content.slug(), content.title(), content.subtitle(), content.body(), content.authorId(),
                content.categoryId(), newTagIds, status, publishedAt, updated, createdAt, content.sponsorName(),
                content.seoTitle(), content.seoDescription(), content.featuredImageId(), content.requiredReviews(),
                createdBy, nextContentVersion, reviewNote, version);
    }

    /**
     * The article as last edited at {@code at} somewhere else (an archive moved in keeps its old
     * site's edit time). Only a time after publishing and not ahead of {@code now} means an edit
     * readers saw; any other leaves the article as it is.
     */
    Article editedElsewhereAt(Instant at, Instant now) {
        if (at == null || publishedAt == null || !at.isAfter(publishedAt) || at.isAfter(now)) {
            return this;
        }
        return new Article(id, slug, title, subtitle, body, authorId, categoryId, tagIds, status, publishedAt, at,
                createdAt, sponsorName, seoTitle, seoDescription, featuredImageId, requiredReviews, createdBy,
                contentVersion, reviewNote, version);
    }

    /** Whether an edit changed nothing a reader or an editor would see: all but the update time and version. */
    boolean sameContentAs(Article other) {
        return other != null && ignoringSaveMarks().equals(other.ignoringSaveMarks());
    }

    private Article ignoringSaveMarks() {
        return new Article(id, slug, title, subtitle, body, authorId, categoryId, tagIds, status, publishedAt, null,
                createdAt, sponsorName, seoTitle, seoDescription, featuredImageId, requiredReviews, createdBy,
                contentVersion, reviewNote, 0);
    }

    /** Whether readers would see the same thing; the review requirements are not content. */
    private boolean readersSeeSameAs(ArticleContent c, List<Long> newTagIds) {
        return slug.equals(c.slug()) && title.equals(c.title()) && subtitle.equals(c.subtitle())
                && body.equals(c.body()) && authorId == c.authorId() && categoryId == c.categoryId()
                && tagIds.equals(newTagIds) && Objects.equals(sponsorName, c.sponsorName())
                && Objects.equals(seoTitle, c.seoTitle()) && Objects.equals(seoDescription, c.seoDescription())
                && Objects.equals(featuredImageId, c.featuredImageId());
    }

    Article withTagsAndReviews(List<Long> newTagIds, List<String> kinds) {
        return new Article(id, slug, title, subtitle, body, authorId, categoryId, newTagIds, status, publishedAt,
                updatedAt, createdAt, sponsorName, seoTitle, seoDescription, featuredImageId, kinds, createdBy,
                contentVersion, reviewNote, version);
    }

    /**
     * The article as readers would see it if it went public at {@code at}: for the newsroom's
     * preview of a draft, which has no publish time yet. Nothing stores it.
     */
    public Article previewedAt(Instant at) {
        return publishedAt != null ? this : with(status, at, reviewNote);
    }

    /** The article as a client last saw it, so the repository can tell whether someone wrote since. */
    Article asOfVersion(int clientVersion) {
        return new Article(id, slug, title, subtitle, body, authorId, categoryId, tagIds, status, publishedAt,
                updatedAt, createdAt, sponsorName, seoTitle, seoDescription, featuredImageId, requiredReviews,
                createdBy, contentVersion, reviewNote, clientVersion);
    }

    static Article draft(ArticleContent content, List<Long> tagIds, Instant now, Long createdBy) {
        return new Article(0, content.slug(), content.title(), content.subtitle(), content.body(), content.authorId(),
                content.categoryId(), tagIds, ArticleStatus.DRAFT, null, null, now, content.sponsorName(),
                content.seoTitle(), content.seoDescription(), content.featuredImageId(), content.requiredReviews(),
                createdBy, 0, null, 0);
    }

    private Article with(ArticleStatus newStatus, Instant newPublishedAt, String newReviewNote) {
        return new Article(id, slug, title, subtitle, body, authorId, categoryId, tagIds, newStatus, newPublishedAt,
                updatedAt, createdAt, sponsorName, seoTitle, seoDescription, featuredImageId, requiredReviews,
                createdBy, contentVersion, newReviewNote, version);
    }
}
