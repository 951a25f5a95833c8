package io.iton.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * The packaged program ({@code target/iton-*.jar}, built by {@code package} before the integration
 * tests) as a separate operating-system process, the way an operator runs it: its own JVM, port and
 * data folder. {@link #kill()} is {@code kill -9} ({@link Process#destroyForcibly()} sends SIGKILL on
 * Linux): no shutdown hook, no flush, no commit of anything still in memory.
 */
public final class NodeProcess implements AutoCloseable {

    /** The ports this project's process tests may take (see the README). */
    private static final int FIRST_PORT = Integer.getInteger("iton.test.node-ports.first", 18200);
    private static final int PORTS = Integer.getInteger("iton.test.node-ports.count", 100);

    /** What every node of a test gets: a cheap password hash, rate limits out of reach of one test client. */
    public static final List<String> TEST_SETTINGS = List.of(
            "--iton.account.argon2-memory-kib=64", "--iton.account.argon2-iterations=1",
            "--iton.rate-limit.searches-per-minute=1000000", "--iton.rate-limit.api-reads-per-minute=1000000",
            "--iton.rate-limit.api-writes-per-minute=1000000");

    private final String name;
    private final List<String> command;
    private final Path log;
    private final int port;
    private Process process;

    private NodeProcess(String name, List<String> command, Path log, int port) {
        this.name = name;
        this.command = command;
        this.log = log;
        this.port = port;
    }

    /** A site node on a free port of the test range; {@link #start()} runs it. */
    public static NodeProcess site(String name, Path dataDir, List<String> settings) {
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--iton.data-dir=" + dataDir,
                "--iton.admin.email=" + AppTest.ADMIN_EMAIL, "--iton.admin.password=" + AppTest.ADMIN_PASSWORD));
        args.addAll(TEST_SETTINGS);
        args.addAll(settings);
        return new NodeProcess(name, java(args), logFile(name), port);
    }

    /** A one-off command of the program ({@code import-wordpress …}); no port. */
    public static NodeProcess command(String name, List<String> args) {
        return new NodeProcess(name, java(args), logFile(name), -1);
    }

    private static List<String> java(List<String> args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-Xshare:auto", "-jar", jar().toString()));
        command.addAll(args);
        return command;
    }

    /** The program the build packaged (not the plain classes jar). */
    public static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("iton-.*\\.jar")
                            && !p.getFileName().toString().contains("-plain"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "no target/iton-*.jar: the process tests run after `package` (./mvnw verify)"))
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path logFile(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "node-logs"));
            Path log = folder.resolve(name + ".log").toAbsolutePath();
            Files.deleteIfExists(log);  // a restart of this node appends; an earlier run's does not count
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port of the test range nobody listens on, tried from a random place so that parallel runs rarely meet. */
    private static int freePort() {
        int offset = ThreadLocalRandom.current().nextInt(PORTS);
        for (int i = 0; i < PORTS; i++) {
            int port = FIRST_PORT + (offset + i) % PORTS;
            try (ServerSocket ignored = new ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // next one
            }
        }
        throw new IllegalStateException("no free port in " + FIRST_PORT + "+" + PORTS);
    }

    /** Starts the process; its output is appended to {@code target/node-logs/NAME.log}. */
    public NodeProcess start() {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // The test says what the node runs on; an operator's ITON_DB_URL in this shell must not.
            builder.environment().keySet().removeIf(name -> name.startsWith("ITON_") || name.startsWith("SPRING_"));
            process = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the site and waits until it says it is ready (database and index checked). */
    public NodeProcess startReady(Duration limit) {
        start();
        Http http = http();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.get("/actuator/health/readiness").statusCode() == 200) {
                    return this;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            sleep(200);
        }
        throw new IllegalStateException(name + " not ready within " + limit + "; see " + log);
    }

    /** kill -9. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** Waits for a command to end by itself and returns its exit code. */
    public int waitFor(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " still running after " + limit + "; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public Http http() {
        return new Http(port);
    }

    @Override
    public String toString() {
        return name;
    }

    public Path log() {
        return log;
    }

    /** What the process wrote so far. */
    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A graceful stop (SIGTERM), as an operator's restart. */
    @Override
    public void close() {
        if (isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    public static void deleteFolder(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
