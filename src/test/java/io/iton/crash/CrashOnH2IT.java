package io.iton.crash;

import static io.iton.support.NodeClient.within;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.iton.support.ArticleConsistency;
import io.iton.support.CrashChecks;
import io.iton.support.NodeClient;
import io.iton.support.NodeProcess;
import io.iton.support.PublishLoad;
import io.iton.support.TestDb;
import io.iton.support.WxrExport;

/**
 * Issue 8, item 3: the embedded default (H2 in file mode) after {@code kill -9} of the program's
 * process during a WordPress import, during publishes, and during a search index rebuild. After each
 * the database opens and is whole, nothing acknowledged is missing, the import resumes to the
 * complete result without duplicates, and search finds exactly the published articles. The steps
 * share one data folder, in order, as one site's history would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashOnH2IT {

    /** Enough that the kill lands mid-import on a quiet machine too (about 200 posts a second there). */
    private static final int POSTS = 1_500;
    private static final Duration START = Duration.ofMinutes(3);
    private static final Pattern PROGRESS = Pattern.compile("\\| (\\d+) imported, (\\d+) already");
    private static final int PUBLISHED = POSTS * 9 / 10;
    private static final String WORD = "ארכיוןקריסה" + NodeClient.digits();
    private static final String MARKER = "עומסקריסה" + NodeClient.digits();
    private static final Set<Long> publishedLoad = new HashSet<>();

    private static Path work;
    private static Path data;
    private static Path export;
    private static NodeProcess site;

    @BeforeAll
    static void export() throws IOException {
        work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "crash-")
                .toAbsolutePath();
        data = work.resolve("data");
        export = work.resolve("export.xml");
        WxrExport.write(export, POSTS, WORD);
        site = NodeProcess.site("crash-site", data, List.of("--iton.demo.enabled=false"));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
        if (work != null) {
            NodeProcess.deleteFolder(work);
        }
    }

    /** The site's database opened directly, as the next start would open it, then closed again. */
    private static void database(Consumer<JdbcClient> use) {
        SingleConnectionDataSource ds = new SingleConnectionDataSource(
                "jdbc:h2:file:" + data.resolve("iton") + TestDb.H2_OPTIONS, "sa", "", true);
        try {
            use.accept(JdbcClient.create(ds));
        } finally {
            ds.destroy();
        }
    }

    private static NodeProcess importCommand(String name) {
        return NodeProcess.command(name, List.of("import-wordpress", export.toString(), "--iton.data-dir=" + data));
    }

    @Test
    @Order(1)
    void anImportKilledMidwayIsWholeAndResumesToTheCompleteUnduplicatedResult() {
        NodeProcess first = importCommand("crash-import-1").start();
        within(Duration.ofMinutes(3), "20 posts imported", () -> imported(first.output()) >= 20);
        first.kill();
        long shown = imported(first.output());

        database(jdbc -> {
            long ledger = postsInLedger(jdbc);
            assertThat(ledger).as("posts imported before the kill").isBetween(20L, POSTS - 1L);
            assertThat(ledger).as("posts the command had reported imported").isGreaterThanOrEqualTo(shown);
            assertThat(articles(jdbc)).as("articles: one per ledger row, none without").isEqualTo(ledger);
            assertThat(new ArticleConsistency(jdbc).problems("ידיעה מיובאת", 2)).as("half-written posts").isEmpty();
        });

        NodeProcess again = importCommand("crash-import-2").start();
        assertThat(again.waitFor(Duration.ofMinutes(10))).as(again.output()).isZero();
        assertThat(again.output()).containsPattern("\\d+ imported, [1-9]\\d* already imported before");

        database(jdbc -> {
            assertThat(postsInLedger(jdbc)).isEqualTo(POSTS);
            assertThat(articles(jdbc)).as("every post once").isEqualTo(POSTS);
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT title) FROM article").query(Long.class).single()).isEqualTo(POSTS);
            assertThat(new ArticleConsistency(jdbc).problems("ידיעה מיובאת", 2)).isEmpty();
        });
    }

    private static long imported(String output) {
        long most = 0;
        for (Matcher m = PROGRESS.matcher(output); m.find(); ) {
            most = Math.max(most, Long.parseLong(m.group(1)));
        }
        return most;
    }

    private static long postsInLedger(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM wordpress_item WHERE item_key LIKE 'post:%'").query(Long.class).single();
    }

    private static long articles(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }

    private static long publishedImports(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE status = 'PUBLISHED' AND title LIKE 'ידיעה מיובאת%'")
                .query(Long.class).single();
    }

    @Test
    @Order(2)
    void publishesKilledMidwayLoseNothingAcknowledged() throws Exception {
        long[] byline = new long[3];
        database(jdbc -> {
            assertThat(publishedImports(jdbc)).isEqualTo(PUBLISHED);
            byline[0] = jdbc.sql("SELECT MIN(id) FROM author").query(Long.class).single();
            byline[1] = jdbc.sql("SELECT MIN(id) FROM category").query(Long.class).single();
            byline[2] = jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
        });
        site.startReady(START);
        NodeClient node = NodeClient.of(site);
        assertThat(documents(node)).as("the import's closing index: every article, once").isEqualTo(byline[2]);
        assertThat(total(node, WORD)).as("the imports are found").isPositive();

        PublishLoad load = new PublishLoad(node, MARKER, byline[0], byline[1]).start(4);
        load.awaitPublishes(12, Duration.ofMinutes(2));
        site.kill();
        load.stop();
        assertThat(load.refused()).as("refused before the kill").isEmpty();
        Map<Long, PublishLoad.Acked> acked = load.acknowledged();

        Map<Long, ArticleConsistency.Row> rows = new HashMap<>();
        database(jdbc -> {
            ArticleConsistency db = new ArticleConsistency(jdbc);
            assertThat(db.problems(MARKER, PublishLoad.TAGS)).as("half-written articles").isEmpty();
            rows.putAll(db.articles(MARKER));
        });
        CrashChecks.acknowledgedAreWhole(acked, rows);
        System.out.println("kill -9 during publishes on H2: " + acked.size() + " acknowledged, " + rows.size()
                + " in the database");

        site.startReady(START);
        CrashChecks.servedAsInDatabase(node, rows);
        publishedLoad.addAll(rows.values().stream().filter(ArticleConsistency.Row::published)
                .map(ArticleConsistency.Row::id).collect(Collectors.toSet()));
        assertThat(node.searchIds(MARKER)).as("search after the restart's repair").isEqualTo(publishedLoad);
    }

    @Test
    @Order(3)
    void aRebuildKilledMidwayIsRepairedOnRestart() throws IOException, InterruptedException {
        NodeClient node = NodeClient.of(site);
        var started = node.http().asAdmin("POST", "/api/v1/search/rebuild", null);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        awaitSecondGeneration();
        site.kill();
        assertThat(site.output()).as("the rebuild was still running at the kill (a larger export makes it longer)")
                .doesNotContain("Search index rebuild:");
        assertThat(generations()).as("the half-written generation beside the live one").hasSizeGreaterThan(1);
        long[] articles = {0};
        database(jdbc -> articles[0] = jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single());

        site.startReady(START);
        assertThat(generations()).as("one generation after the restart").hasSize(1);
        assertThat(documents(node)).as("every article in the index, once").isEqualTo(articles[0]);
        assertThat(total(node, WORD)).as("the imports are found").isPositive();
        assertThat(node.searchIds(MARKER)).isEqualTo(publishedLoad);
    }

    /** Looks often: on a fast machine a small rebuild is over in a fraction of a second. */
    private static void awaitSecondGeneration() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (generationCount() < 2) {
            assertThat(System.nanoTime()).as("a new generation beside the live one within 10 s").isLessThan(deadline);
            Thread.sleep(2);
        }
    }

    private static int generationCount() {
        try {
            return generations().size();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;  // a folder went while it was listed
        }
    }

    /** The index generations on disk: a rebuild writes a new one beside the live one. */
    private static List<Path> generations() throws IOException {
        try (var files = Files.walk(data.resolve("search"), 2)) {
            return files.filter(p -> p.getFileName().toString().startsWith("gen-")).toList();
        }
    }

    /** The live index's own count: search itself says "more than 1,000" past a thousand hits. */
    private static long documents(NodeClient node) {
        return node.send("GET", "/api/v1/search/status", null).get("documents").asLong();
    }

    private static long total(NodeClient node, String word) {
        return node.send("GET", "/api/v1/search?size=1&q=" + word, null).get("total").asLong();
    }
}
