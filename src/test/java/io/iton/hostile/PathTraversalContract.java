package io.iton.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import io.iton.support.Fixtures;
import io.iton.support.Session;

/**
 * Path traversal: the public media address, spelled every way a path can climb out of a folder
 * (dot segments raw, percent-encoded, double-encoded, overlong UTF-8, backslashes, Tomcat's
 * {@code ..;}), never serves a file planted beside the images; upload names that climb
 * ({@code ../../x.jpg}) never name a file on disk, for an image or a WordPress import.
 */
abstract class PathTraversalContract extends HostileTestBase {

    static final String CANARY = "canary-" + Fixtures.unique("secret");

    @Value("${iton.data-dir}")
    Path dataDir;

    @BeforeEach
    void plantCanaries() throws IOException {
        for (Path folder : List.of(dataDir, dataDir.resolve("media"), dataDir.resolve("media/incoming"))) {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("canary.txt"), CANARY);
        }
    }

    @Test
    void theMediaAddressServesOnlyLibraryFiles() throws Exception {
        Session admin = admin();
        var uploaded = admin.multipart("/newsroom/media", Map.of("_csrf", admin.token(), "alt", "נתיב"), "a.jpg",
                "image/jpeg", HostileContent.jpeg(), Map.of());
        String imagePage = admin.get(path(uploaded)).body();
        String original = org.jsoup.Jsoup.parse(imagePage).select("a[href^=/media/], img[src^=/media/]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src")).findFirst().orElseThrow();
        String folder = original.split("/")[2];
        assertThat(http.get(original).statusCode()).as("the library file itself: " + original).isEqualTo(200);

        List<String> wrong = new ArrayList<>();
        for (String climb : List.of("../", "../../", "%2e%2e/", "%2e%2e%2f", "..%2f", "..%2F..%2F", "..%5c", "..\\",
                "%252e%252e%252f", "..;/", "..;/..;/", "%c0%ae%c0%ae/", "%c0%ae%c0%ae%c0%af", "....//", "..%00/",
                "%2e%2e/%2e%2e/", ".%2e/", "%2e./", folder + "/../../", folder + "/%2e%2e/%2e%2e/", folder + "/..;/..;/",
                folder + "/..%2f..%2f", "incoming/../", "/../", "//..//..//")) {
            for (String file : List.of("canary.txt", "incoming/canary.txt", "etc/passwd")) {
                String path = "/media/" + climb + file;
                HttpResponse<String> answer;
                try {
                    answer = http.get(path);
                } catch (IllegalArgumentException refusedByTheClient) {
                    continue;  // not even a valid address: no browser sends it
                }
                if (answer.statusCode() < 400 || answer.body().contains(CANARY) || answer.body().contains("root:x:0:0")) {
                    wrong.add(path + ": " + answer.statusCode());
                }
            }
        }
        for (String path : List.of("/media/file:///etc/passwd", "/media//etc/passwd", "/media/%2Fetc%2Fpasswd",
                "/media/C:%5cWindows%5cwin.ini")) {
            var answer = http.get(path);
            if (answer.statusCode() < 400 || answer.body().contains("root:x:0:0")) {
                wrong.add(path + ": " + answer.statusCode());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void uploadNamesThatClimbNameNoFile() throws Exception {
        Session admin = admin();
        String mark = Fixtures.unique("climb");
        List<String> names = List.of("../../" + mark + ".jpg", "..\\..\\" + mark + ".jpg", "/tmp/" + mark + ".jpg",
                "%2e%2e%2f%2e%2e%2f" + mark + ".jpg", "....//....//" + mark + ".jpg", "images/../../" + mark + ".jpg");
        for (String name : names) {
            var answer = admin.multipart("/newsroom/media", Map.of("_csrf", admin.token(), "alt", "שם מטפס"), name,
                    "image/jpeg", HostileContent.jpeg(), Map.of());
            assertThat(answer.statusCode()).as(name).isLessThan(500);
            Neutralized.problems(admin.get(path(answer)).body())
                    .forEach(p -> { throw new AssertionError(name + ": " + p); });
        }
        Path wxr = Path.of("src/test/resources/wordpress/hebrew.wordpress.xml");
        for (String name : List.of("../../../" + mark + ".xml", "..\\..\\" + mark + ".xml", "/tmp/" + mark + ".xml")) {
            var answer = admin.multipart("/newsroom/import", Map.of("_csrf", admin.token(), "dryRun", "on"), name,
                    "text/xml", Files.readAllBytes(wxr), Map.of());
            assertThat(answer.statusCode()).as(name).isLessThan(500);
            waitForImport(admin);
            Neutralized.problems(admin.get("/newsroom/import").body()).forEach(p -> { throw new AssertionError(p); });
        }
        List<Path> found = new ArrayList<>(filesNamed(mark, Path.of("target").toAbsolutePath(), 8));
        found.addAll(filesNamed(mark, Path.of(System.getProperty("java.io.tmpdir")), 1));
        found.addAll(filesNamed(mark, Path.of("").toAbsolutePath(), 1));
        found.addAll(filesNamed(mark, Path.of("/"), 1));
        assertThat(found).as("files named by the upload").isEmpty();
    }

    private void waitForImport(Session admin) throws InterruptedException {
        for (int i = 0; i < 100 && admin.get("/newsroom/import").body().contains("http-equiv=\"refresh\""); i++) {
            Thread.sleep(100);
        }
    }

    private static List<Path> filesNamed(String mark, Path root, int depth) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, depth)) {
            files.filter(p -> p.getFileName() != null && p.getFileName().toString().contains(mark)).forEach(found::add);
        } catch (java.io.UncheckedIOException | java.nio.file.AccessDeniedException e) {
            // a folder another process removed or keeps private while we looked: nothing of ours is there
        }
        return found;
    }
}
