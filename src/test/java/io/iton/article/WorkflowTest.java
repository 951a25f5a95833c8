package io.iton.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.iton.shared.Forbidden;

/** The review step, content versions and the new fields: rules that live on the article. */
class WorkflowTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final ArticleContent CONTENT = new ArticleContent("s", "כותרת", "משנה", "<p>גוף</p>", 1, 1, null);
    private static final Actor WRITER = Actor.writer(7);
    private static final Actor OTHER_WRITER = Actor.writer(8);
    private static final Actor EDITOR = Actor.editor(9);

    private static Article draft() {
        return Article.draft(CONTENT, List.of(), NOW.minusSeconds(3600), 7L);
    }

    @Test
    void aWriterSubmitsTheirOwnDraftForReview() {
        Article inReview = draft().submit(WRITER);
        assertThat(inReview.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(inReview.isPublicAt(NOW)).isFalse();
        assertThatThrownBy(() -> draft().submit(OTHER_WRITER)).isInstanceOf(Forbidden.class);
        assertThat(draft().submit(EDITOR).status()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void onlyADraftCanBeSubmitted() {
        assertThatThrownBy(() -> draft().submit(WRITER).submit(WRITER)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> draft().publish(NOW).submit(EDITOR)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void writersCannotEditADraftInReviewButEditorsCan() {
        Article inReview = draft().submit(WRITER);
        assertThat(draft().mayBeEditedBy(WRITER)).isTrue();
        assertThat(inReview.mayBeEditedBy(WRITER)).isFalse();
        assertThat(inReview.mayBeEditedBy(EDITOR)).isTrue();
    }

    @Test
    void anEditorReturnsItToDraftWithANoteAndSubmittingAgainClearsIt() {
        Article returned = draft().submit(WRITER).returnToDraft("חסר מקור לציטוט");
        assertThat(returned.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(returned.reviewNote()).isEqualTo("חסר מקור לציטוט");
        assertThat(returned.mayBeEditedBy(WRITER)).isTrue();
        assertThat(returned.submit(WRITER).reviewNote()).isNull();
        assertThatThrownBy(() -> draft().returnToDraft("x")).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void anArticleInReviewIsPublishedOrScheduledFromThere() {
        Article inReview = draft().submit(WRITER);
        assertThat(inReview.publish(NOW).status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(inReview.publishAt(NOW.plusSeconds(600), NOW).status()).isEqualTo(ArticleStatus.SCHEDULED);
    }

    @Test
    void onlyAChangeOfContentCountsAsANewContentVersion() {
        Article original = draft();
        assertThat(original.edit(CONTENT, List.of(), NOW).contentVersion()).isEqualTo(0);
        ArticleContent newBody = new ArticleContent("s", "כותרת", "משנה", "<p>גוף אחר</p>", 1, 1, null);
        assertThat(original.edit(newBody, List.of(), NOW).contentVersion()).isEqualTo(1);
        assertThat(original.edit(CONTENT, List.of(5L), NOW).contentVersion()).isEqualTo(1);
        ArticleContent newSeo = new ArticleContent("s", "כותרת", "משנה", "<p>גוף</p>", 1, 1, null, "כותרת לגוגל", null,
                null, List.of());
        assertThat(original.edit(newSeo, List.of(), NOW).contentVersion()).isEqualTo(1);
        ArticleContent newRequirement = new ArticleContent("s", "כותרת", "משנה", "<p>גוף</p>", 1, 1, null, null, null,
                null, List.of("LEGAL"));
        assertThat(original.edit(newRequirement, List.of(), NOW).contentVersion()).isEqualTo(0);
    }

    @Test
    void anApprovalHoldsOnlyForTheContentItSaw() {
        Article article = draft();
        Approval approval = new Approval("LEGAL", 9L, NOW, article.contentVersion());
        assertThat(approval.holdsFor(article)).isTrue();
        ArticleContent edited = new ArticleContent("s", "כותרת חדשה", "משנה", "<p>גוף</p>", 1, 1, null);
        assertThat(approval.holdsFor(article.edit(edited, List.of(), NOW))).isFalse();
    }

    @Test
    void aScheduledArticleCanBeWithdrawnForReviewAndIsThenOffTheSchedule() {
        Article scheduled = draft().submit(WRITER).publishAt(NOW.plusSeconds(600), NOW);
        Article withdrawn = scheduled.withdrawnForReview();
        assertThat(withdrawn.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(withdrawn.isPublicAt(NOW.plusSeconds(3600))).isFalse();
        assertThatThrownBy(() -> draft().withdrawnForReview()).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void searchEnginesGetTheSeoFieldsWhenSetAndTheHeadlineOtherwise() {
        assertThat(draft().searchTitle()).isEqualTo("כותרת");
        assertThat(draft().searchDescription()).isEqualTo("משנה");
        Article withSeo = Article.draft(new ArticleContent("s", "כותרת", "משנה", "<p>גוף</p>", 1, 1, null,
                "כותרת קצרה", "תיאור קצר", 42L, List.of()), List.of(), NOW, 7L);
        assertThat(withSeo.searchTitle()).isEqualTo("כותרת קצרה");
        assertThat(withSeo.searchDescription()).isEqualTo("תיאור קצר");
        assertThat(withSeo.featuredImageId()).isEqualTo(42L);
    }
}
