package io.iton.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.article.ArticleEvents.ArticleCreated;
import io.iton.article.ArticleEvents.ArticlePublished;
import io.iton.article.ArticleEvents.ArticleUnpublished;
import io.iton.article.ArticleEvents.ArticleUpdated;
import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.shared.Forbidden;
import io.iton.shared.InvalidInput;
import io.iton.shared.NotFound;
import io.iton.shared.Slug;
import io.iton.tag.Tag;
import io.iton.tag.Tags;

/**
 * Writing articles. Each method is one transaction: input is checked and sanitized before the
 * first write, so a refused request stores nothing, and a stale version is refused, not merged.
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
    /** Publish times outside this window are typing mistakes, and some are beyond what databases store. */
    static final Instant EARLIEST = Instant.parse("1800-01-01T00:00:00Z");
    static final Duration LATEST_AHEAD = Duration.ofDays(3653);

    private final ArticleRepository repository;
    private final BodySanitizer sanitizer;
    private final Authors authors;
    private final Categories categories;
    private final Tags tags;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleEditor(ArticleRepository repository, BodySanitizer sanitizer, Authors authors, Categories categories,
                  Tags tags, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.sanitizer = sanitizer;
        this.authors = authors;
        this.categories = categories;
        this.tags = tags;
        this.events = events;
        this.clock = clock;
    }

    public Article create(ArticleDraft draft, Actor actor) {
        ArticleContent content = check(draft);
        List<Long> tagIds = tags.resolve(draft.tags()).stream().map(Tag::id).toList();
        Article saved = repository.insert(Article.draft(content, tagIds, clock.instant(), actor.userId()));
        events.publishEvent(new ArticleCreated(saved.id(), actor.userId()));
        return saved;
    }

    /**
     * Replaces the content of the article as it was at {@code version}. Saving what is already
     * stored changes nothing: no new version, no update time, no event (an autosave or a second
     * click must not mark a published article as updated).
     */
    public Article update(long id, int version, ArticleDraft draft, Actor actor) {
        Article current = load(id);
        if (!current.mayBeEditedBy(actor)) {
            throw new Forbidden("article " + id + " is not this writer's draft");
        }
        ArticleContent content = check(draft);
        List<Long> tagIds = tags.resolve(draft.tags()).stream().map(Tag::id).toList();
        Article edited = current.asOfVersion(version).edit(content, tagIds, clock.instant());
        if (edited.sameContentAs(current)) {
            return current;
        }
        Article saved = repository.update(edited);
        events.publishEvent(new ArticleUpdated(saved.id(), actor.userId()));
        return saved;
    }

    /** Publishes now, or at {@code at}: a past time backdates it, a future time schedules it. */
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
        Article saved = repository.update(at == null ? current.publish(now) : current.publishAt(at, now));
        events.publishEvent(new ArticlePublished(saved.id(), actor.userId()));
        return saved;
    }

    public Article unpublish(long id, int version, Actor actor) {
        requireEditor(actor);
        Article saved = repository.update(load(id).asOfVersion(version).unpublish());
        events.publishEvent(new ArticleUnpublished(saved.id(), actor.userId()));
        return saved;
    }

    private Article load(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFound("article " + id));
    }

    private static void requireEditor(Actor actor) {
        if (!actor.editor()) {
            throw new Forbidden("publishing needs an editor");
        }
    }

    private ArticleContent check(ArticleDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = strip(draft.title());
        String subtitle = strip(draft.subtitle());
        String rawBody = draft.body() == null ? "" : draft.body();
        String sponsor = draft.sponsorName() == null ? null : strip(draft.sponsorName());
        if (title.isEmpty()) {
            errors.put("title", "article.title.required");
        } else if (title.length() > MAX_TITLE) {
            errors.put("title", "article.title.tooLong");
        }
        if (subtitle.length() > MAX_SUBTITLE) {
            errors.put("subtitle", "article.subtitle.tooLong");
        }
        if (rawBody.length() > MAX_BODY) {
            errors.put("body", "article.body.tooLong");
        }
        String slug = draft.slug() == null || draft.slug().isBlank() ? Slug.from(title) : draft.slug().strip();
        if (!title.isEmpty() && !Slug.isValid(slug)) {
            errors.put("slug", "slug.invalid");
        }
        if (draft.authorId() == null) {
            errors.put("author", "article.author.required");
        } else if (authors.find(draft.authorId()).isEmpty()) {
            errors.put("author", "article.author.unknown");
        }
        if (draft.categoryId() == null) {
            errors.put("category", "article.category.required");
        } else if (categories.find(draft.categoryId()).isEmpty()) {
            errors.put("category", "article.category.unknown");
        }
        if (draft.tags().size() > MAX_TAGS) {
            errors.put("tags", "article.tags.tooMany");
        }
        if (sponsor != null && (sponsor.isEmpty() || sponsor.length() > MAX_SPONSOR)) {
            errors.put("sponsorName", "article.sponsor.invalid");
        } else if (Boolean.TRUE.equals(draft.sponsored()) && sponsor == null) {
            errors.put("sponsorName", "article.sponsor.required");
        } else if (Boolean.FALSE.equals(draft.sponsored()) && sponsor != null) {
            errors.put("sponsored", "article.sponsor.contradicts");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String body = sanitizer.sanitize(rawBody);
        return new ArticleContent(slug, title, subtitle, body, draft.authorId(), draft.categoryId(), sponsor);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
