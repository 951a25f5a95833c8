package io.iton.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.iton.account.Accounts;
import io.iton.article.Actor;
import io.iton.article.Approval;
import io.iton.article.Article;
import io.iton.article.ArticleStatus;
import io.iton.article.Articles;
import io.iton.article.ReviewKind;
import io.iton.article.ReviewState;
import io.iton.article.Reviews;
import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.media.Image;
import io.iton.media.MediaLibrary;
import io.iton.shared.PageRequest;
import io.iton.shared.InvalidInput;
import io.iton.shared.Localizer;
import io.iton.shared.PublicPaths;
import io.iton.shared.PublicationTime;
import io.iton.shared.SiteProperties;
import io.iton.tag.Tag;
import io.iton.tag.Tags;

/** Builds the editor page from an article or a posted form, and reads the schedule field. */
@Component
class ArticleDesk {

    /** The article feature names some fields as the API does; the form names them by their inputs. */
    private static final Map<String, String> FORM_FIELDS = Map.of("author", "authorId", "category", "categoryId",
            "at", "publishAt", "note", "returnNote");
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private final Articles articles;
    private final Categories categories;
    private final Authors authors;
    private final Tags tags;
    private final PublicationTime time;
    private final SiteProperties site;
    private final Localizer t;
    private static final int IMAGE_CHOICES = 60;

    private final MediaLibrary media;
    private final Reviews reviews;
    private final Accounts accounts;
    private final Clock clock;

    ArticleDesk(Articles articles, Categories categories, Authors authors, Tags tags, PublicationTime time,
                SiteProperties site, Localizer t, Reviews reviews, Accounts accounts, MediaLibrary media,
                Clock clock) {
        this.media = media;
        this.articles = articles;
        this.categories = categories;
        this.authors = authors;
        this.tags = tags;
        this.time = time;
        this.site = site;
        this.t = t;
        this.reviews = reviews;
        this.accounts = accounts;
        this.clock = clock;
    }

    Optional<Article> find(long id) {
        return articles.find(id);
    }

    EditorPage blank(Actor actor) {
        return page(null, actor, ArticleForm.blank(null, null), Map.of(), null, null, null, "");
    }

    EditorPage of(Article article, Actor actor, String notice, String failure) {
        var form = ArticleForm.of(article, tags.inOrder(article.tagIds()).stream().map(Tag::name).toList());
        return page(article, actor, form, Map.of(), notice, failure, null, "");
    }

    /** The form as the user sent it, kept whole, with what was wrong with it. */
    EditorPage refused(Article article, Actor actor, ArticleForm form, Map<String, String> errorKeys,
                       String publishAt) {
        Map<String, String> errors = new LinkedHashMap<>();
        errorKeys.forEach((field, key) -> errors.put(FORM_FIELDS.getOrDefault(field, field), t.text(key)));
        return page(article, actor, form, errors, null, t.text("newsroom.editor.notSaved"), null, publishAt);
    }

    EditorPage failed(Article article, Actor actor, ArticleForm form, String failure, String publishAt) {
        return page(article, actor, form, Map.of(), null, failure, null, publishAt);
    }

    /**
     * A colleague saved first: the user's text stays in the form, set to the colleague's version so
     * that saving again overwrites it knowingly; the colleague's text is shown beside it.
     */
    EditorPage conflict(Article current, Actor actor, ArticleForm form, String publishAt) {
        var theirs = new EditorPage.ConflictView(current.title(), current.subtitle(), current.body(), current.version());
        return page(current, actor, form.atVersion(current.version()), Map.of(), null,
                t.text("newsroom.editor.conflict"), theirs, publishAt);
    }

    /** A schedule field's value in the site's zone, or null when it is blank. */
    Instant publishAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(site.timeZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("publishAt", "newsroom.editor.publishAt.invalid");
        }
    }

    private EditorPage page(Article article, Actor actor, ArticleForm form, Map<String, String> errors,
                            String notice, String failure, EditorPage.ConflictView conflict, String publishAt) {
        var categoryChoices = categories.all().stream()
                .map(c -> new EditorPage.Choice(c.id(), c.name(), form.categoryId() != null && c.id() == form.categoryId()))
                .toList();
        var authorChoices = authors.all().stream()
                .map(a -> new EditorPage.Choice(a.id(), a.displayName(), form.authorId() != null && a.id() == form.authorId()))
                .toList();
        boolean exists = article != null;
        boolean isPublic = exists && article.isPublicAt(clock.instant());
        Optional<Image> image = chosenImage(form.featuredImageId());
        String scheduledFor = exists && article.status() == ArticleStatus.SCHEDULED && !isPublic
                ? time.human(article.publishedAt()) : null;
        String schedule = !publishAt.isEmpty() || !exists || article.status() != ArticleStatus.SCHEDULED ? publishAt
                : LOCAL_INPUT.format(article.publishedAt().atZone(site.timeZone()).truncatedTo(ChronoUnit.MINUTES));
        return new EditorPage(
                exists ? t.text("newsroom.editor.edit") : t.text("newsroom.editor.new"),
                exists ? article.id() : null,
                exists ? statusLabel(article.status()) : null,
                form, errors, notice, failure, categoryChoices, authorChoices, conflict,
                actions(article, actor),
                isPublic ? PublicPaths.article(article.id(), article.slug()) : null,
                scheduledFor, schedule, site.timeZone().getId(),
                exists && article.status() == ArticleStatus.DRAFT && article.mayBeEditedBy(actor)
                        ? "/newsroom/articles/" + article.id() + "/autosave" : null,
                reviews.kinds().stream().map(k -> new EditorPage.Check(k.code(), k.name(), form.reviews().contains(k.code())))
                        .toList(),
                exists ? review(article, actor) : null,
                exists ? articles.corrections(article.id()).stream()
                        .map(c -> new EditorPage.Note(c.text(), time.human(c.createdAt()))).toList() : List.of(),
                imageChoices(image),
                image.map(Image::src).orElse(null));
    }

    /** What the buttons offer; the services check each again. */
    private EditorPage.Actions actions(Article article, Actor actor) {
        boolean exists = article != null;
        ArticleStatus status = exists ? article.status() : ArticleStatus.DRAFT;
        boolean live = status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED;
        return new EditorPage.Actions(!exists || article.mayBeEditedBy(actor), actor.editor(), actor.editor() && live,
                exists, status == ArticleStatus.DRAFT && (!exists || article.mayBeEditedBy(actor)),
                actor.editor() && status == ArticleStatus.IN_REVIEW,
                actor.editor() && exists && article.isPublicAt(clock.instant()));
    }

    /** No image, the chosen one (wherever it is in the library), then the newest uploads. */
    private List<EditorPage.Choice> imageChoices(Optional<Image> chosen) {
        long selected = chosen.map(Image::id).orElse(0L);
        List<EditorPage.Choice> choices = new ArrayList<>();
        choices.add(new EditorPage.Choice(0, t.text("newsroom.editor.image.none"), chosen.isEmpty()));
        chosen.ifPresent(i -> choices.add(new EditorPage.Choice(i.id(), i.alt(), true)));
        media.search("", PageRequest.first(IMAGE_CHOICES)).items().stream().filter(i -> i.id() != selected)
                .forEach(i -> choices.add(new EditorPage.Choice(i.id(), i.alt(), false)));
        return choices;
    }

    /** The featured image the form names, if the library has it. */
    private Optional<Image> chosenImage(Long id) {
        return id == null || id == 0 ? Optional.empty() : media.find(id);
    }

    private EditorPage.Review review(Article article, Actor actor) {
        ReviewState state = reviews.stateOf(article);
        Map<Long, String> names = accounts.displayNames(state.granted().stream().map(Approval::approvedBy)
                .filter(Objects::nonNull).toList());
        Map<String, String> kindNames = reviews.kinds().stream()
                .collect(Collectors.toMap(ReviewKind::code, ReviewKind::name));
        return new EditorPage.Review(
                state.required().stream().map(ReviewKind::name).toList(),
                state.granted().stream().map(a -> t.text("newsroom.review.granted",
                        kindNames.getOrDefault(a.kind(), a.kind()), names.getOrDefault(a.approvedBy(), "?"),
                        time.human(a.approvedAt()))).toList(),
                state.missing().stream().map(k -> new EditorPage.Check(k.code(), k.name(),
                        reviews.mayApprove(actor, k.code()))).toList(),
                article.status() == ArticleStatus.DRAFT ? article.reviewNote() : null);
    }

    String statusLabel(ArticleStatus status) {
        return t.text("newsroom.status." + status.name());
    }
}
