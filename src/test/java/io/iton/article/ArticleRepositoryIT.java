package io.iton.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.iton.shared.Conflict;
import io.iton.support.Engine;
import io.iton.support.Fixtures;
import io.iton.support.TestDb;
import io.iton.support.TestDbs;

/** The article table on H2 and on PostgreSQL: the same SQL must mean the same thing on both. */
class ArticleRepositoryIT {

    private static final TestDbs dbs = new TestDbs();
    private static final Instant NOW = Instant.parse("2025-03-01T15:49:00Z");
    private static final String SEED_TITLE = "ישראל מחזקת את קשריה עם רוסיה: פגישות במוסקבה במטרה לדחוק את טורקיה וללחוץ על חמאס";

    @AfterAll
    static void dropDatabases() {
        dbs.close();
    }

    private record Setup(ArticleRepository repository, Fixtures fixtures, long author, long category) {
        Article draft(String title, List<Long> tagIds) {
            return Article.draft(new ArticleContent("slug-" + title.hashCode(), title, "כותרת משנה", "<p>גוף</p>",
                    author, category, null), tagIds, NOW.minusSeconds(3600), null);
        }

        Article published(String title, Instant at, List<Long> tagIds) {
            Article saved = repository.insert(draft(title, tagIds));
            return repository.update(saved.publishAt(at, NOW));
        }
    }

    private static Setup setup(Engine engine) {
        TestDb db = dbs.get(engine);
        Fixtures fixtures = new Fixtures(db.jdbc());
        return new Setup(new ArticleRepository(db.jdbc()), fixtures, fixtures.author("מערכת עיתון"),
                fixtures.category("מדיני"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void storesHebrewTextTagOrderAndTheExactInstant(Engine engine) {
        Setup s = setup(engine);
        List<Long> tags = List.of(s.fixtures.tag("רוסיה"), s.fixtures.tag("ישראל"), s.fixtures.tag("בטחונית"));
        Article saved = s.repository.insert(s.draft(SEED_TITLE, tags));
        Article published = s.repository.update(saved.publishAt(NOW, NOW));

        Article read = s.repository.findById(published.id()).orElseThrow();
        assertThat(read.title()).isEqualTo(SEED_TITLE);
        assertThat(read.tagIds()).containsExactlyElementsOf(tags);
        assertThat(read.publishedAt()).isEqualTo(NOW);
        assertThat(read.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(read.version()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aWriteFromAStaleVersionIsRefusedAndChangesNothing(Engine engine) {
        Setup s = setup(engine);
        Article original = s.repository.insert(s.draft("כתבה לעריכה", List.of()));
        Article first = original.edit(new ArticleContent("a", "עריכה ראשונה", "", "<p>א</p>", s.author, s.category, null),
                List.of(), NOW);
        s.repository.update(first);

        Article second = original.edit(new ArticleContent("b", "עריכה שנייה", "", "<p>ב</p>", s.author, s.category, null),
                List.of(), NOW);
        assertThatThrownBy(() -> s.repository.update(second)).isInstanceOf(Conflict.class);
        assertThat(s.repository.findById(original.id()).orElseThrow().title()).isEqualTo("עריכה ראשונה");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void readersSeePublishedAndDueScheduledArticlesOnly(Engine engine) {
        Setup s = setup(engine);
        long tag = s.fixtures.tag("חמאס");
        Article visible = s.published("פורסמה", NOW.minusSeconds(60), List.of(tag));
        Article due = s.repository.insert(s.draft("תוזמנה ועברה", List.of(tag)));
        due = s.repository.update(due.publishAt(NOW.plusSeconds(30), NOW));
        Article future = s.published("תוזמנה לעתיד", NOW.plus(Duration.ofDays(1)), List.of(tag));
        Article draft = s.repository.insert(s.draft("טיוטה", List.of(tag)));
        Article unpublished = s.repository.update(s.published("הוסרה", NOW.minusSeconds(90), List.of(tag)).unpublish());

        Instant later = NOW.plusSeconds(60);
        assertThat(ids(s.repository.publicWithTag(tag, later, 0, 50))).containsExactly(due.id(), visible.id());
        assertThat(s.repository.countPublicWithTag(tag, later)).isEqualTo(2);
        assertThat(ids(s.repository.publicInCategory(s.category, later, 0, 50))).containsExactly(due.id(), visible.id());
        assertThat(ids(s.repository.publicByAuthor(s.author, later, 0, 50))).containsExactly(due.id(), visible.id());
        assertThat(ids(s.repository.latestPublic(later, 0, 1000)))
                .contains(visible.id(), due.id())
                .doesNotContain(future.id(), draft.id(), unpublished.id());
        assertThat(ids(s.repository.all(0, 1000))).contains(future.id(), draft.id(), unpublished.id());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void listsPageNewestFirst(Engine engine) {
        Setup s = setup(engine);
        long tag = s.fixtures.tag("עמודים");
        for (int i = 0; i < 5; i++) {
            s.published("כתבה " + i, NOW.minusSeconds(600 - i * 60L), List.of(tag));
        }
        List<ArticleSummary> first = s.repository.publicWithTag(tag, NOW, 0, 2);
        List<ArticleSummary> third = s.repository.publicWithTag(tag, NOW, 4, 2);
        assertThat(first).extracting(ArticleSummary::title).containsExactly("כתבה 4", "כתבה 3");
        assertThat(third).extracting(ArticleSummary::title).containsExactly("כתבה 0");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void batchesNewestFirstGiveEveryArticleOnceNeverPublishedFirstThenByTimeAndId(Engine engine) {
        Setup s = setup(engine);
        s.repository.insert(s.draft("טיוטה ראשונה", List.of()));
        s.repository.insert(s.draft("טיוטה שנייה", List.of()));
        s.repository.insert(s.draft("טיוטה שלישית", List.of()));
        s.published("ישנה", NOW.minusSeconds(7200), List.of());
        s.published("באותה שנייה א", NOW.minusSeconds(60), List.of());
        s.published("באותה שנייה ב", NOW.minusSeconds(60), List.of());
        s.published("חדשה", NOW, List.of());

        ArticleBatches batches = new ArticleBatches(dbs.get(engine).jdbc());
        List<Article> read = new ArrayList<>();
        Article last = null;
        // Batches of two cut between drafts, between drafts and published, and between equal times.
        for (List<Article> batch = batches.newestFirst(null, 2); !batch.isEmpty();
             batch = batches.newestFirst(last, 2)) {
            read.addAll(batch);
            last = batch.getLast();
        }

        List<Long> expected = batches.versions().keySet().stream().map(id -> s.repository.findById(id).orElseThrow())
                .sorted(Comparator.comparing((Article a) -> a.publishedAt() == null ? Instant.MAX : a.publishedAt())
                        .reversed()
                        .thenComparing(a -> a.publishedAt() == null ? a.id() : -a.id()))
                .map(Article::id).toList();
        assertThat(read).extracting(Article::id).containsExactlyElementsOf(expected).doesNotHaveDuplicates();
        assertThat(read.stream().filter(a -> a.publishedAt() == null)).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void relatedArticlesShareTagsFirstAndAreNeverSponsoredOrItself(Engine engine) {
        Setup s = setup(engine);
        long russia = s.fixtures.tag("רוסיה");
        long syria = s.fixtures.tag("סוריה");
        Article seed = s.published("המאמר", NOW.minusSeconds(500), List.of(russia, syria));
        Article twoShared = s.published("שני תגים משותפים", NOW.minusSeconds(400), List.of(syria, russia));
        Article oneShared = s.published("תג אחד משותף", NOW.minusSeconds(100), List.of(russia));
        Article sponsored = s.repository.insert(Article.draft(new ArticleContent("ad", "ממומן", "", "<p>x</p>",
                s.author, s.category, "חברה בע\"מ"), List.of(russia, syria), NOW, null));
        s.repository.update(sponsored.publishAt(NOW.minusSeconds(50), NOW));

        List<Long> related = ids(s.repository.relatedPublic(seed, NOW, 10, false).articles());
        assertThat(related).startsWith(twoShared.id(), oneShared.id())
                .doesNotContain(seed.id(), sponsored.id());
        assertThat(ids(s.repository.relatedPublic(seed, NOW, 10, true).articles()))
                .as("iton.site.sponsored-in-related=true lets sponsored articles in").contains(sponsored.id())
                .doesNotContain(seed.id());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void withOneTagTheNewestSharingItAreRelatedAndTheCategoryFillsInOnlyWhenTheyAreTooFew(Engine engine) {
        Setup s = setup(engine);
        long lebanon = s.fixtures.tag("לבנון");
        Article seed = s.published("המאמר", NOW.minusSeconds(900), List.of(lebanon));
        Article older = s.published("ישנה", NOW.minusSeconds(800), List.of(lebanon));
        Article newer = s.published("חדשה", NOW.minusSeconds(700), List.of(lebanon));
        Article untagged = s.published("בלי תגית", NOW.minusSeconds(600), List.of());

        Related two = s.repository.relatedPublic(seed, NOW, 2, false);
        assertThat(ids(two.articles())).containsExactly(newer.id(), older.id());
        assertThat(two.fromCategory()).isFalse();
        Related three = s.repository.relatedPublic(seed, NOW, 3, false);
        assertThat(ids(three.articles())).containsExactly(newer.id(), older.id(), untagged.id());
        assertThat(three.fromCategory()).as("the category filled in: a publish in it may change them").isTrue();
    }

    private static List<Long> ids(List<ArticleSummary> summaries) {
        return summaries.stream().map(ArticleSummary::id).toList();
    }
}
