package io.iton.cluster;

import static io.iton.support.NodeClient.within;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.support.ArticleConsistency;
import io.iton.support.CrashChecks;
import io.iton.support.DemoData;
import io.iton.support.NodeClient;
import io.iton.support.NodeProcess;
import io.iton.support.Postgres;
import io.iton.support.PublishLoad;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8, item 2: two nodes as two operating-system processes ({@code java -jar target/iton-*.jar})
 * on two ports, one fresh PostgreSQL database, each its own data folder and search index, one
 * shared media folder. A change made through one is served by the other within two seconds; a node
 * killed with {@code kill -9} while editors publish through it loses nothing it acknowledged and
 * leaves nothing half-written. Skipped, saying so, without PostgreSQL (unless
 * {@code ITON_TEST_POSTGRES=required}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterProcessesOnPostgresIT {

    private static final Duration WITHIN = Duration.ofSeconds(2);
    private static final Duration START = Duration.ofMinutes(3);

    private static String database;
    private static Path work;
    private static NodeProcess a;
    private static NodeProcess b;
    private static JdbcClient jdbc;

    @BeforeAll
    static void twoNodes() throws IOException {
        Postgres.assumeReachable();
        database = Postgres.createDatabase();
        work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "processes-")
                .toAbsolutePath();
        a = node("node-a", true).startReady(START);  // migrates and loads the demo content first
        b = node("node-b", false).startReady(START);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(Postgres.url(database));
        ds.setUser(Postgres.USER);
        jdbc = JdbcClient.create(ds);
    }

    private static NodeProcess node(String name, boolean demo) {
        return NodeProcess.site(name, work.resolve(name), List.of(
                "--spring.datasource.url=" + Postgres.url(database), "--spring.datasource.username=" + Postgres.USER,
                "--iton.media.dir=" + work.resolve("shared-media"), "--iton.cluster.node-id=" + name,
                "--iton.demo.enabled=" + demo));
    }

    @AfterAll
    static void stop() {
        for (NodeProcess node : new NodeProcess[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        Postgres.dropDatabase(database);
        if (work != null) {
            NodeProcess.deleteFolder(work);
        }
    }

    private static long author() {
        return DemoData.authorId(jdbc, "desk");
    }

    private static long category() {
        return DemoData.categoryId(jdbc, "security");
    }

    @Test
    @Order(1)
    void publishEditAndUnpublishOnOneProcessReachTheOtherWithinTwoSeconds() {
        NodeClient onA = NodeClient.of(a);
        NodeClient onB = NodeClient.of(b);
        String word = "תהליכון" + NodeClient.digits();
        String title = "כתבה משני תהליכים " + word;
        String body = "<p>בצה\"ל אמרו " + word + "</p>";
        JsonNode draft = onA.create(title, body, author(), category(), List.of("תהליכים"));
        long id = draft.get("id").asLong();
        assertThat(onB.page("/")).doesNotContain(title);  // node B now holds its home page in its cache

        JsonNode published = onA.publish(id, draft.get("version").asInt());
        String path = URI.create(published.get("url").asString()).getRawPath();
        Duration seen = within(WITHIN, "node B's home page", () -> onB.page("/").contains(title));
        within(WITHIN, "node B's article page", () -> onB.page(path).contains(title));
        within(WITHIN, "node B's search page", () -> onB.searchPageFinds(word, path));
        within(WITHIN, "node B's search API", () -> onB.searchIds(word).contains(id));
        System.out.println("Publish on node A on node B's home page after " + seen.toMillis() + " ms");

        String edited = "כתבה ערוכה משני תהליכים " + word;
        JsonNode updated = onA.update(id, published.get("version").asInt(), edited, body, author(), category(),
                List.of("תהליכים"));
        within(WITHIN, "the edit on node B's cached article page", () -> onB.page(path).contains(edited));
        within(WITHIN, "the edit in node B's search", () -> onB.searchIds("ערוכה " + word).contains(id));

        onA.unpublish(id, updated.get("version").asInt());
        within(WITHIN, "the unpublish on node B's article page", () -> onB.status(path) == 404);
        within(WITHIN, "the unpublish on node B's home page", () -> !onB.page("/").contains(word));
        within(WITHIN, "the unpublish in node B's search", () -> !onB.searchIds(word).contains(id));
    }

    @Test
    @Order(2)
    void killNineDuringPublishesLosesNothingAcknowledgedAndLeavesNothingHalfWritten() throws Exception {
        String marker = "קריסה" + NodeClient.digits();
        PublishLoad load = new PublishLoad(NodeClient.of(a), marker, author(), category()).start(4);
        load.awaitPublishes(12, Duration.ofMinutes(2));
        a.kill();
        load.stop();
        assertThat(load.refused()).as("refused before the kill").isEmpty();
        Map<Long, PublishLoad.Acked> acked = load.acknowledged();
        System.out.println("kill -9 of node A after " + acked.size() + " acknowledged articles");

        within(WITHIN, "node B serving alone", () -> NodeClient.of(b).status("/") == 200);
        a.startReady(START);

        ArticleConsistency db = new ArticleConsistency(jdbc);
        assertThat(db.problems(marker, PublishLoad.TAGS)).as("half-written articles").isEmpty();
        Map<Long, ArticleConsistency.Row> rows = db.articles(marker);
        CrashChecks.acknowledgedAreWhole(acked, rows);
        Set<Long> published = rows.values().stream().filter(ArticleConsistency.Row::published)
                .map(ArticleConsistency.Row::id).collect(Collectors.toSet());
        for (NodeProcess node : List.of(a, b)) {
            NodeClient reader = NodeClient.of(node);
            within(WITHIN, "search on " + node + " finds exactly the published articles",
                    () -> reader.searchIds(marker).equals(published));
            CrashChecks.servedAsInDatabase(reader, rows);
        }
    }
}
