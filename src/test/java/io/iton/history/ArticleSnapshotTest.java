package io.iton.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.iton.article.Article;
import io.iton.article.ArticleEvents.ArticleCreated;
import io.iton.article.ArticleEvents.ArticleUnpublished;
import io.iton.article.ArticleStatus;

/** The JSON snapshot of an article: what counts as a change, and what a restore sends back. */
class ArticleSnapshotTest {

    private static final Instant T = Instant.parse("2025-03-01T15:49:00Z");

    private static Article article(String title, ArticleStatus status, int version, String sponsor) {
        return new Article(7, "slug", title, "משנה", "<p>גוף</p>", 3, 4, List.of(1L, 2L), status, null, null, T,
                sponsor, null, null, null, List.of(), 9L, 0, null, version);
    }

    @Test
    void publishingChangesNoContentButATitleOrTagsDo() {
        var draft = ArticleSnapshot.of(article("כותרת", ArticleStatus.DRAFT, 0, null), List.of("רוסיה", "ישראל"));
        var published = ArticleSnapshot.of(article("כותרת", ArticleStatus.PUBLISHED, 1, null), List.of("רוסיה", "ישראל"));
        assertThat(published.changedFrom(draft)).isEmpty();
        var edited = ArticleSnapshot.of(article("כותרת חדשה", ArticleStatus.PUBLISHED, 2, "בנק"), List.of("ישראל"));
        assertThat(edited.changedFrom(published)).containsExactly("title", "sponsorName", "tags");
    }

    @Test
    void aStoredSnapshotReadsBackIntoTheDraftARestoreSaves() {
        var stored = ArticleSnapshot.parse(ArticleSnapshot.of(article("צה\"ל", ArticleStatus.DRAFT, 0, "בנק"),
                List.of("רוסיה", "בטחונית")).text());
        var draft = stored.toDraft();
        assertThat(draft.title()).isEqualTo("צה\"ל");
        assertThat(draft.subtitle()).isEqualTo("משנה");
        assertThat(draft.body()).isEqualTo("<p>גוף</p>");
        assertThat(draft.slug()).isEqualTo("slug");
        assertThat(draft.authorId()).isEqualTo(3L);
        assertThat(draft.categoryId()).isEqualTo(4L);
        assertThat(draft.tags()).containsExactly("רוסיה", "בטחונית");
        assertThat(draft.sponsorName()).isEqualTo("בנק");
        assertThat(draft.sponsored()).isNull();
        assertThat(stored.display("tags")).isEqualTo("רוסיה, בטחונית");
        assertThat(stored.display("publishedAt")).isEmpty();
    }

    @Test
    void fieldsAddedToArticlesLaterAreChangesTooAndShownAsText() {
        var before = ArticleSnapshot.parse("{\"title\":\"א\",\"seoTitle\":\"ישן\",\"version\":1}");
        var after = ArticleSnapshot.parse("{\"title\":\"א\",\"seoTitle\":\"חדש\",\"featuredImageId\":12,\"version\":2}");
        assertThat(after.changedFrom(before)).containsExactly("seoTitle", "featuredImageId");
        assertThat(after.display("featuredImageId")).isEqualTo("12");
    }

    @Test
    void eventsAreNamedAfterTheirClass() {
        assertThat(ArticleAuditor.action(new ArticleCreated(1, null))).isEqualTo("article.created");
        assertThat(ArticleAuditor.action(new ArticleUnpublished(1, 2L))).isEqualTo("article.unpublished");
    }
}
