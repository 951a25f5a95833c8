package io.iton.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar as an operator runs it, in a process of its own: {@code ITON_LOG_FORMAT=ecs}
 * makes every line of its standard output one JSON object, health answers, and SIGTERM stops it
 * gracefully.
 */
class ProcessOperationsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private Process process;
    private Path data;

    @AfterEach
    void stop() throws IOException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
        if (data != null) {
            FileSystemUtils.deleteRecursively(data);
        }
    }

    @Test
    void jsonLogsHealthAndAGracefulShutdown() throws Exception {
        data = Files.createTempDirectory("iton-process-");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar().toString(), "--server.port=0")
                .redirectError(ProcessBuilder.Redirect.DISCARD);  // the JVM's own warnings; the logs are on standard output
        builder.environment().put("ITON_DATA_DIR", data.toString());
        builder.environment().put("ITON_LOG_FORMAT", "ecs");
        builder.environment().put("ITON_SHUTDOWN_TIMEOUT", "20s");
        builder.environment().remove("ITON_DB_URL");
        process = builder.start();
        Thread reader = Thread.ofPlatform().daemon().start(this::readOutput);

        int port = awaitPort();
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);

        // SIGTERM, as systemd and docker stop send; through the handle, since Process.destroy() would also
        // close our end of its output and lose what it logs while it stops.
        process.toHandle().destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
        reader.join(30_000);  // to the end of its output
        assertThat(process.exitValue()).as("exit status after SIGTERM").isIn(0, 143);
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode entry = JSON.readTree(line);
            assertThat(entry.has("@timestamp") && entry.path("log").has("level") && entry.has("message")).as(line).isTrue();
        }
        assertThat(messages()).as(String.join("\n", lines)).anyMatch(m -> m.contains("Commencing graceful shutdown"))
                .anyMatch(m -> m.contains("Graceful shutdown complete"));
    }

    private List<String> messages() {
        return lines.stream().map(l -> JSON.readTree(l).path("message").asString()).toList();
    }

    private int awaitPort() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < until && process.isAlive()) {
            for (String line : lines) {
                Matcher port = PORT.matcher(line);
                if (port.find() && lines.stream().anyMatch(l -> l.contains("Started ItonApplication"))) {
                    return Integer.parseInt(port.group(1));
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the application did not start:\n" + String.join("\n", lines));
    }

    private void readOutput() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    /** The jar the package phase built, before the integration tests run. */
    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("iton-.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no target/iton-*.jar: run ./mvnw verify, which packages it first"));
        }
    }
}
