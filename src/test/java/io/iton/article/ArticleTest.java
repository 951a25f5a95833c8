package io.iton.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The workflow's rules live on the article; these are its unit tests. */
class ArticleTest {

    private static final Instant NOW = Instant.parse("2025-03-01T15:49:00Z");
    private static final ArticleContent CONTENT = new ArticleContent("s", "כותרת", "", "<p>גוף</p>", 1, 1, null);

    private static Article draft() {
        return Article.draft(CONTENT, List.of(), NOW.minusSeconds(3600), 7L);
    }

    @Test
    void aDraftIsNotPublic() {
        assertThat(draft().isPublicAt(NOW)).isFalse();
    }

    @Test
    void publishingNowMakesItPublicAtOnce() {
        Article published = draft().publish(NOW);
        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(NOW);
        assertThat(published.isPublicAt(NOW)).isTrue();
    }

    @Test
    void aFutureTimeSchedulesItAndItBecomesPublicAtThatMinute() {
        Instant at = NOW.plusSeconds(600);
        Article scheduled = draft().publishAt(at, NOW);
        assertThat(scheduled.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(scheduled.isPublicAt(at.minusSeconds(1))).isFalse();
        assertThat(scheduled.isPublicAt(at)).isTrue();
    }

    @Test
    void unpublishingHidesItAndRepublishingKeepsTheOriginalTime() {
        Article published = draft().publish(NOW);
        Article hidden = published.unpublish();
        assertThat(hidden.isPublicAt(NOW.plusSeconds(5))).isFalse();
        Article again = hidden.publish(NOW.plusSeconds(3600));
        assertThat(again.publishedAt()).isEqualTo(NOW);
        assertThat(again.isPublicAt(NOW.plusSeconds(3600))).isTrue();
    }

    @Test
    void anEditElsewhereAfterPublishingBecomesTheModifiedTimeAndNothingElseDoes() {
        Article published = draft().publishAt(NOW.minusSeconds(86_400), NOW);
        Article edited = published.editedElsewhereAt(NOW.minusSeconds(3600), NOW);
        assertThat(edited.updatedAt()).isEqualTo(NOW.minusSeconds(3600));
        assertThat(edited.lastChanged()).isEqualTo(NOW.minusSeconds(3600));
        assertThat(edited.version()).isEqualTo(published.version());
        assertThat(published.editedElsewhereAt(NOW.minusSeconds(90_000), NOW)).as("before publishing").isSameAs(published);
        assertThat(published.editedElsewhereAt(NOW.plusSeconds(60), NOW)).as("ahead of now").isSameAs(published);
        assertThat(published.editedElsewhereAt(null, NOW)).isSameAs(published);
        Article draft = draft();
        assertThat(draft.editedElsewhereAt(NOW.minusSeconds(60), NOW)).as("never published").isSameAs(draft);
    }

    @Test
    void illegalStepsAreRefused() {
        assertThatThrownBy(() -> draft().unpublish()).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> draft().publish(NOW).publish(NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void writersEditOnlyTheirOwnDraftsAndEditorsEditAnything() {
        Article mine = draft();
        assertThat(mine.mayBeEditedBy(Actor.writer(7))).isTrue();
        assertThat(mine.mayBeEditedBy(Actor.writer(8))).isFalse();
        assertThat(mine.publish(NOW).mayBeEditedBy(Actor.writer(7))).isFalse();
        assertThat(mine.publish(NOW).mayBeEditedBy(Actor.editor(8))).isTrue();
        assertThat(Article.draft(CONTENT, List.of(), NOW, null).mayBeEditedBy(Actor.writer(7))).isFalse();
    }

    @Test
    void editingAPublicArticleRecordsTheUpdateButKeepsThePublishTime() {
        Article published = draft().publish(NOW);
        Article edited = published.edit(CONTENT, List.of(), NOW.plusSeconds(120));
        assertThat(edited.publishedAt()).isEqualTo(NOW);
        assertThat(edited.updatedAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(draft().edit(CONTENT, List.of(), NOW).updatedAt()).isNull();
    }

    @Test
    void anEditThatChangesNothingIsTheSameContentWhateverItsTimeAndVersion() {
        Article published = draft().publish(NOW);
        Article resaved = published.asOfVersion(3).edit(CONTENT, List.of(), NOW.plusSeconds(60));
        assertThat(resaved.sameContentAs(published)).isTrue();
        var retitled = new ArticleContent("s", "כותרת אחרת", "", "<p>גוף</p>", 1, 1, null);
        assertThat(published.edit(retitled, List.of(), NOW).sameContentAs(published)).isFalse();
        assertThat(published.edit(CONTENT, List.of(5L), NOW).sameContentAs(published)).isFalse();
    }
}
