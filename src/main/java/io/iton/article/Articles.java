package io.iton.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.shared.Page;
import io.iton.shared.PageRequest;

/**
 * Reading articles. The {@code public…} methods answer only with what readers may see now:
 * published, or scheduled for a minute that has come; drafts and unpublished never.
 */
@Service
@Transactional(readOnly = true)
public class Articles {

    private final ArticleRepository repository;
    private final ArticleBatches batches;
    private final NewsroomListRepository lists;
    private final CorrectionRepository corrections;
    private final Clock clock;

    Articles(ArticleRepository repository, ArticleBatches batches, NewsroomListRepository lists,
             CorrectionRepository corrections, Clock clock) {
        this.repository = repository;
        this.batches = batches;
        this.lists = lists;
        this.corrections = corrections;
        this.clock = clock;
    }

    public Optional<Article> findPublic(long id) {
        return repository.findById(id).filter(a -> a.isPublicAt(clock.instant()));
    }

    /** Any status: for the newsroom and authenticated API clients only. */
    public Optional<Article> find(long id) {
        return repository.findById(id);
    }

    /** The article's public corrections, oldest first. */
    public List<Correction> corrections(long articleId) {
        return corrections.of(articleId);
    }

    public Optional<Long> findIdBySlug(String slug) {
        return repository.findIdBySlug(slug);
    }

    public Page<ArticleSummary> latestPublic(PageRequest page) {
        var now = clock.instant();
        return Page.of(repository.latestPublic(now, page.offset(), page.size()), page, repository.countPublic(now));
    }

    /** The newest public articles, without counting them all: for lists that are never paged. */
    public List<ArticleSummary> newestPublic(int limit) {
        return repository.latestPublic(clock.instant(), 0, limit);
    }

    public Page<ArticleSummary> publicInCategory(long categoryId, PageRequest page) {
        var now = clock.instant();
        return Page.of(repository.publicInCategory(categoryId, now, page.offset(), page.size()), page,
                repository.countPublicInCategory(categoryId, now));
    }

    public Page<ArticleSummary> publicWithTag(long tagId, PageRequest page) {
        var now = clock.instant();
        return Page.of(repository.publicWithTag(tagId, now, page.offset(), page.size()), page,
                repository.countPublicWithTag(tagId, now));
    }

    public Page<ArticleSummary> publicByAuthor(long authorId, PageRequest page) {
        var now = clock.instant();
        return Page.of(repository.publicByAuthor(authorId, now, page.offset(), page.size()), page,
                repository.countPublicByAuthor(authorId, now));
    }

    /**
     * Articles like this one: shared tags first, then its category; editorial only, unless the
     * operator lets sponsored articles in ({@code iton.site.sponsored-in-related}).
     */
    public Related relatedPublic(Article article, int limit, boolean withSponsored) {
        return repository.relatedPublic(article, clock.instant(), limit, withSponsored);
    }

    /** The scheduled articles whose time fell in {@code (after, upTo]}: they became public then, by the clock. */
    public List<Long> scheduledBetween(Instant after, Instant upTo) {
        return repository.scheduledBetween(after, upTo);
    }

    /** Public articles in id order, {@code limit} from {@code offset}: for sitemaps. */
    public List<ArticleSummary> publicSlice(long offset, int limit) {
        return repository.publicSlice(clock.instant(), offset, limit);
    }

    public long countPublic() {
        return repository.countPublic(clock.instant());
    }

    /** Public articles published at or after {@code since}, newest first: for the news sitemap. */
    public List<ArticleSummary> publicSince(Instant since) {
        return repository.publicSince(since, clock.instant());
    }

    /** When the public articles of each category last changed. */
    public Map<Long, Instant> lastChangeByCategory() {
        return repository.lastChangeBy("category", clock.instant());
    }

    public Map<Long, Instant> lastChangeByAuthor() {
        return repository.lastChangeBy("author", clock.instant());
    }

    public Map<Long, Instant> lastChangeByTag() {
        return repository.lastChangeBy("tag", clock.instant());
    }

    /** Every article's id and current version, for derived data that checks itself against the database. */
    public Map<Long, Integer> versions() {
        return batches.versions();
    }

    /** Whole articles in id order after {@code afterId}: for rebuilding derived data in batches. */
    public List<Article> batchAfter(long afterId, int limit) {
        return batches.after(afterId, limit);
    }

    /**
     * Whole articles newest first after {@code last} (null: from the start), never-published ones
     * first: for rebuilding derived data kept in that order, such as the search index.
     */
    public List<Article> batchNewestFirst(Article last, int limit) {
        return batches.newestFirst(last, limit);
    }

    /** Every article in any status, newest first: for the newsroom and authenticated API clients. */
    public Page<ArticleSummary> all(PageRequest page) {
        return Page.of(repository.all(page.offset(), page.size()), page, repository.countAll());
    }

    // ---- the newsroom: every status

    /** The newsroom's article list: any filters, newest created first. */
    public Page<ArticleSummary> find(ArticleQuery query, PageRequest page) {
        return lists.find(query, NewsroomListRepository.Order.NEWEST_CREATED, page);
    }

    /** Drafts handed in and waiting for an editor, newest first. */
    public Page<ArticleSummary> inReview(PageRequest page) {
        return find(ArticleQuery.withStatus(ArticleStatus.IN_REVIEW), page);
    }

    /**
     * Articles waiting for their time, the latest time first (as every dashboard list is newest
     * first); each summary carries its time in {@code publishedAt}.
     */
    public Page<ArticleSummary> scheduled(PageRequest page) {
        return lists.find(ArticleQuery.withStatus(ArticleStatus.SCHEDULED),
                NewsroomListRepository.Order.LATEST_PUBLISH_TIME, page);
    }

    /** The drafts an account created, newest first: a writer's own desk. */
    public Page<ArticleSummary> draftsBy(long accountId, PageRequest page) {
        return find(new ArticleQuery(ArticleStatus.DRAFT, null, null, accountId, null), page);
    }

    /** Published articles, the most recently published first. */
    public Page<ArticleSummary> recentlyPublished(PageRequest page) {
        return lists.find(ArticleQuery.withStatus(ArticleStatus.PUBLISHED),
                NewsroomListRepository.Order.LATEST_PUBLISH_TIME, page);
    }
}
