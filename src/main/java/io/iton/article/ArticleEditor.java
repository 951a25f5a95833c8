package io.iton.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.article.ArticleEvents.ArticleApproved;
import io.iton.article.ArticleEvents.ArticleCorrected;
import io.iton.article.ArticleEvents.ArticleCreated;
import io.iton.article.ArticleEvents.ArticlePublished;
import io.iton.article.ArticleEvents.ArticleReturned;
import io.iton.article.ArticleEvents.ArticleSubmitted;
import io.iton.article.ArticleEvents.ArticleUnpublished;
import io.iton.article.ArticleEvents.ArticleUpdated;
import io.iton.shared.Conflict;
import io.iton.shared.Forbidden;
import io.iton.shared.InvalidInput;
import io.iton.shared.NotFound;
import io.iton.tag.Tag;
import io.iton.tag.Tags;

/**
 * Writing articles and moving them through the workflow. Each method is one transaction: input is
 * checked and sanitized before the first write, so a refused request stores nothing, and a stale
 * version is refused, not merged. Who may do what is checked here, whatever channel calls.
 */
@Service
@Transactional
public class ArticleEditor {

    public static final int MAX_TITLE = 500;
    public static final int MAX_SUBTITLE = 1000;
    /** Far above any real article (the seed is ~4 KB); stops a pasted book or an attack. */
    public static final int MAX_BODY = 500_000;
    public static final int MAX_SPONSOR = 200;
    public static final int MAX_TAGS = 30;
    /** Search engines cut titles near 60 characters and descriptions near 160; twice that is a mistake. */
    public static final int MAX_SEO_TITLE = 120;
    public static final int MAX_SEO_DESCRIPTION = 320;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_CORRECTION = 2000;
    /** Publish times outside this window are typing mistakes, and some are beyond what databases store. */
    static final Instant EARLIEST = Instant.parse("1800-01-01T00:00:00Z");
    static final Duration LATEST_AHEAD = Duration.ofDays(3653);

    private final ArticleRepository repository;
    private final DraftCheck drafts;
    private final BodySanitizer sanitizer;
    private final Tags tags;
    private final Reviews reviews;
    private final CorrectionRepository corrections;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleEditor(ArticleRepository repository, DraftCheck drafts, BodySanitizer sanitizer, Tags tags, Reviews reviews,
                  CorrectionRepository corrections, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.drafts = drafts;
        this.sanitizer = sanitizer;
        this.tags = tags;
        this.reviews = reviews;
        this.corrections = corrections;
        this.events = events;
        this.clock = clock;
    }

    public Article create(ArticleDraft draft, Actor actor) {
        ArticleContent content = drafts.check(draft);
        List<Long> tagIds = tags.resolve(draft.tags()).stream().map(Tag::id).toList();
        Article saved = repository.insert(Article.draft(content, tagIds, clock.instant(), actor.userId()));
        events.publishEvent(new ArticleCreated(saved.id(), actor.userId()));
        return saved;
    }

    /**
     * Replaces the content of the article as it was at {@code version}. Saving what is already
     * stored changes nothing: no new version, no update time, no event (an autosave or a second
     * click must not mark a published article as updated). A scheduled article whose approvals
     * the edit voided leaves the schedule and goes back to review.
     */
    public Article update(long id, int version, ArticleDraft draft, Actor actor) {
        Article current = load(id);
        if (!current.mayBeEditedBy(actor)) {
            throw new Forbidden("article " + id + " is not this writer's draft, or it is in review");
        }
        ArticleContent content = drafts.check(draft.keepingUnsetFrom(current));
        if (!actor.editor() && !content.requiredReviews().containsAll(current.requiredReviews())) {
            throw InvalidInput.of("requiredReviews", "review.required.onlyEditorsRemove");
        }
        List<Long> tagIds = tags.resolve(draft.tags()).stream().map(Tag::id).toList();
        Instant now = clock.instant();
        Article edited = current.asOfVersion(version).edit(content, tagIds, now);
        if (edited.sameContentAs(current)) {
            return current;
        }
        if (edited.status() == ArticleStatus.SCHEDULED && !edited.isPublicAt(now)
                && !reviews.stateOf(edited).complete()) {
            edited = edited.withdrawnForReview();
        }
        Article saved = repository.update(edited);
        events.publishEvent(new ArticleUpdated(saved.id(), actor.userId(), ArticleEvents.Listed.of(current)));
        return saved;
    }

    /**
     * Publishes now, or at {@code at}: a past time backdates it, a future time schedules it.
     * Every required approval must hold for the content as it is.
     */
    public Article publish(long id, int version, Instant at, Actor actor) {
        requireEditor(actor);
        Article current = load(id).asOfVersion(version);
        if (sanitizer.isEmpty(current.body())) {
            throw InvalidInput.of("body", "article.body.requiredToPublish");
        }
        Instant now = clock.instant();
        if (at != null && (at.isBefore(EARLIEST) || at.isAfter(now.plus(LATEST_AHEAD)))) {
            throw InvalidInput.of("at", "article.publishedAt.outOfRange");
        }
        Article next = at == null ? current.publish(now) : current.publishAt(at, now);
        reviews.requireComplete(current);
        Article saved = repository.update(next);
        events.publishEvent(new ArticlePublished(saved.id(), actor.userId()));
        return saved;
    }

    /**
     * Records when an article moved in from another system (a WordPress import) was last edited
     * there, so its modified time stays what readers and search engines knew. {@code published}
     * is the article as publishing returned it, in the same transaction (no second read: an
     * import does this for every post). Nothing a reader sees changes, so no event and no new
     * version: the publishing that came before it announces the article.
     */
    public Article recordEditedElsewhere(Article published, Instant at, Actor actor) {
        requireEditor(actor);
        Article edited = published.editedElsewhereAt(at, clock.instant());
        if (edited != published) {
            repository.writeUpdatedAt(edited);
        }
        return edited;
    }

    /**
     * Marks an article as paid for by {@code sponsorName} (the company of a won advertising lead):
     * only the sponsor label changes, saved and announced as an edit by {@code actor}. The
     * advertising desk checks its own rights before it calls; nothing else about the article moves.
     */
    public Article sponsor(long id, String sponsorName, Actor actor) {
        String name = sponsorName == null ? "" : sponsorName.strip();
        if (name.isEmpty() || name.length() > MAX_SPONSOR) {
            throw InvalidInput.of("sponsorName", "article.sponsorName.invalid");
        }
        Article current = load(id);
        ArticleContent content = new ArticleContent(current.slug(), current.title(), current.subtitle(),
                current.body(), current.authorId(), current.categoryId(), name, current.seoTitle(),
                current.seoDescription(), current.featuredImageId(), current.requiredReviews());
        Article edited = current.edit(content, current.tagIds(), clock.instant());
        if (edited.sameContentAs(current)) {
            return current;
        }
        Article saved = repository.update(edited);
        events.publishEvent(new ArticleUpdated(saved.id(), actor.userId(), ArticleEvents.Listed.of(current)));
        return saved;
    }

    public Article unpublish(long id, int version, Actor actor) {
        requireEditor(actor);
        Article saved = repository.update(load(id).asOfVersion(version).unpublish());
        events.publishEvent(new ArticleUnpublished(saved.id(), actor.userId()));
        return saved;
    }

    /** A writer hands in their own draft (an editor may hand in anyone's); writers cannot edit it while in review. */
    public Article submit(long id, int version, Actor actor) {
        Article saved = repository.update(load(id).asOfVersion(version).submit(actor));
        events.publishEvent(new ArticleSubmitted(saved.id(), actor.userId()));
        return saved;
    }

    /** An editor returns an article in review to its writer, with a note saying what to change. */
    public Article returnToDraft(long id, int version, String note, Actor actor) {
        requireEditor(actor);
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw InvalidInput.of("note", "review.note.required");
        }
        if (text.length() > MAX_NOTE) {
            throw InvalidInput.of("note", "review.note.tooLong");
        }
        Article saved = repository.update(load(id).asOfVersion(version).returnToDraft(text));
        events.publishEvent(new ArticleReturned(saved.id(), actor.userId(), text));
        return saved;
    }

    /**
     * Records the actor's approval of {@code kind} for the article's content as it is now; an
     * account approves only the kinds an administrator granted it, and only the version it read
     * ({@code version}: the content it saw). A later content edit voids it.
     */
    public ReviewState approve(long id, int version, String kind, Actor actor) {
        Article article = load(id);
        if (article.version() != version) {
            throw new Conflict("article " + id + " changed since version " + version);
        }
        reviews.approve(article, kind, actor, clock.instant());
        events.publishEvent(new ArticleApproved(id, actor.userId(), kind));
        return reviews.stateOf(article);
    }

    /** An editor adds a public correction note to an article readers can see; it shows at once. */
    public Correction correct(long id, String text, Actor actor) {
        requireEditor(actor);
        Article article = load(id);
        String plain = text == null ? "" : text.strip();
        if (plain.isEmpty()) {
            throw InvalidInput.of("text", "correction.text.required");
        }
        if (plain.length() > MAX_CORRECTION) {
            throw InvalidInput.of("text", "correction.text.tooLong");
        }
        Instant now = clock.instant();
        if (!article.isPublicAt(now)) {
            throw new IllegalTransition(article.status(), "correct");
        }
        long correctionId = corrections.insert(id, plain, now, actor.userId());
        events.publishEvent(new ArticleCorrected(id, actor.userId(), correctionId));
        return new Correction(correctionId, id, plain, now, actor.userId());
    }

    private Article load(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFound("article " + id));
    }

    private static void requireEditor(Actor actor) {
        if (!actor.editor()) {
            throw new Forbidden("this step needs an editor");
        }
    }
}
