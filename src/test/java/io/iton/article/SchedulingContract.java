package io.iton.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import io.iton.support.DemoData;
import io.iton.support.Fixtures;
import io.iton.support.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scheduled publishing with a clock the test moves: at the minute and not before, after a
 * restart, once however many runs race, and a missed schedule published, recorded and reported.
 */
abstract class SchedulingContract extends WorkflowAppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    ScheduledPublishing publishing;

    @Autowired
    ScheduledPublishingJob job;

    @Autowired
    WorkflowTestConfiguration.PublishedEvents events;

    @Autowired
    ScheduleRepository repository;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    WorkflowProperties properties;

    @BeforeEach
    void catchUp() {
        publishing.publishDue();
    }

    @AfterEach
    void time() {
        clock.reset();
        publishing.publishDue();
    }

    /** A new article scheduled {@code ahead} from now; returns its id. */
    private long scheduled(Duration ahead) {
        String body = JSON.writeValueAsString(Map.of("title", "מתוזמנת " + Fixtures.unique(""), "subtitle", "",
                "body", "<p>גוף</p>", "authorId", DemoData.authorId(jdbc, "desk"),
                "categoryId", DemoData.categoryId(jdbc, "world"), "tags", List.of()));
        long id = JSON.readTree(http.asAdmin("POST", "/api/v1/articles", body).body()).get("id").asLong();
        String at = clock.instant().plus(ahead).toString();
        HttpResponse<String> scheduled = http.asAdmin("POST", "/api/v1/articles/" + id + "/publish",
                "{\"version\":0,\"at\":\"" + at + "\"}");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
        assertThat(JSON.readTree(scheduled.body()).get("status").asString()).isEqualTo("SCHEDULED");
        events.seen.clear();
        return id;
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM article WHERE id = :id").param("id", id).query(String.class).single();
    }

    private Instant dueAt(long id) {
        return jdbc.sql("SELECT published_at FROM article WHERE id = :id").param("id", id)
                .query((rs, n) -> io.iton.shared.DbTime.fromDb(rs, "published_at")).single();
    }

    @Test
    void aScheduledArticleIsPublishedAtItsMinuteAndNotBefore() {
        long id = scheduled(Duration.ofMinutes(10));
        Instant due = dueAt(id);
        clock.setTo(due.minusSeconds(5));
        publishing.publishDue();
        assertThat(status(id)).isEqualTo("SCHEDULED");
        assertThat(events.count(id)).isZero();
        assertThat(http.get("/api/v1/articles/" + id).statusCode()).isEqualTo(404);

        clock.setTo(due.plusSeconds(1));
        ScheduledPublishing.Run run = publishing.publishDue();
        assertThat(status(id)).isEqualTo("PUBLISHED");
        assertThat(run.published()).isGreaterThanOrEqualTo(1);
        assertThat(events.count(id)).isEqualTo(1);
        assertThat(events.seen).filteredOn(e -> e.articleId() == id).allMatch(e -> e.actorId() == null);
        assertThat(dueAt(id)).isEqualTo(due);
        assertThat(publishing.missedIn(Duration.ofDays(7))).noneMatch(m -> m.articleId() == id);
        assertThat(http.get("/api/v1/articles/" + id).statusCode()).isEqualTo(200);

        publishing.publishDue();
        assertThat(events.count(id)).isEqualTo(1);
    }

    @Test
    void aNewJobInstanceAfterARestartStillPublishes() {
        long id = scheduled(Duration.ofMinutes(5));
        clock.setTo(dueAt(id).plusSeconds(20));
        ScheduledPublishing restarted = new ScheduledPublishing(repository, transactions, publisher, clock, properties);
        restarted.publishDue();
        assertThat(status(id)).isEqualTo("PUBLISHED");
        assertThat(events.count(id)).isEqualTo(1);
    }

    @Test
    void twoRunsAtOnceAndTwoLockedJobsAtOncePublishOnceAndAnnounceOnce() throws Exception {
        List<Long> ids = List.of(scheduled(Duration.ofMinutes(3)), scheduled(Duration.ofMinutes(3)),
                scheduled(Duration.ofMinutes(3)));
        clock.advance(Duration.ofMinutes(3).plusSeconds(10));
        raceTwice(publishing::publishDue);
        for (long id : ids) {
            assertThat(status(id)).isEqualTo("PUBLISHED");
            assertThat(events.count(id)).as("events for %d", id).isEqualTo(1);
        }

        List<Long> more = List.of(scheduled(Duration.ofMinutes(3)), scheduled(Duration.ofMinutes(3)));
        clock.advance(Duration.ofMinutes(3).plusSeconds(10));
        raceTwice(job::run);
        for (long id : more) {
            assertThat(status(id)).isEqualTo("PUBLISHED");
            assertThat(events.count(id)).as("events for %d", id).isEqualTo(1);
        }
    }

    private static void raceTwice(Runnable run) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Runnable together = () -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                run.run();
            };
            CompletableFuture.allOf(CompletableFuture.runAsync(together, pool), CompletableFuture.runAsync(together, pool))
                    .get();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMissedScheduleIsPublishedAtOnceRecordedAndShownInHealth() {
        long id = scheduled(Duration.ofMinutes(2));
        clock.setTo(dueAt(id).plus(Duration.ofMinutes(10)));
        ScheduledPublishing.Run run = publishing.publishDue();
        assertThat(status(id)).isEqualTo("PUBLISHED");
        assertThat(run.missed()).isGreaterThanOrEqualTo(1);
        assertThat(events.count(id)).isEqualTo(1);
        List<MissedSchedule> missed = publishing.missedIn(Duration.ofDays(7));
        assertThat(missed).filteredOn(m -> m.articleId() == id).singleElement()
                .satisfies(m -> assertThat(m.delay()).isGreaterThanOrEqualTo(Duration.ofMinutes(10)));

        HttpResponse<String> health = http.get("/actuator/health/publishing");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        JsonNode scheduler = JSON.readTree(health.body()).get("components").get("scheduler");
        assertThat(scheduler.get("status").asString()).isEqualTo("UP");
        assertThat(scheduler.get("details").get("missedLast7Days").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(Instant.parse(scheduler.get("details").get("lastRun").asString()))
                .isCloseTo(run.at(), within(1, ChronoUnit.MILLIS));
        assertThat(JSON.readTree(http.get("/actuator/health").body()).get("components").has("scheduler")).isTrue();
    }

    @Test
    void healthSaysDownWhenTheJobHasNotRunForThreeMinutes() {
        publishing.publishDue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(http.get("/actuator/health/publishing").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));
        HttpResponse<String> down = http.get("/actuator/health/publishing");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(down.body()).get("components").get("scheduler").get("status").asString()).isEqualTo("DOWN");
        publishing.publishDue();
        assertThat(http.get("/actuator/health/publishing").statusCode()).isEqualTo(200);
    }
}
