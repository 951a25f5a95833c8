package io.iton.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real S3 server for the tests: S3Proxy (a Java S3 server on a filesystem backend), run as a
 * separate process from its self-contained jar, which the build copies to
 * {@code target/s3proxy/s3proxy.jar} (Maven Central, no network beyond it). One per test JVM,
 * started on first use on a free loopback port and stopped when the JVM exits. It checks AWS
 * signatures, so a client with the wrong keys is refused as AWS would. Each test makes its own bucket.
 */
public final class S3Server {

    public static final String ACCESS_KEY = "iton-test-access";
    public static final String SECRET_KEY = "iton-test-secret-" + UUID.randomUUID();
    private static final Duration START = Duration.ofSeconds(90);
    private static S3Server running;

    private final Process process;
    private final URI endpoint;
    private final S3Client client;

    private S3Server(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
        this.client = S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    public static synchronized S3Server get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running.process::destroy));
        }
        return running;
    }

    private static S3Server start() {
        Path jar = Path.of(System.getProperty("iton.test.s3proxy-jar", "target/s3proxy/s3proxy.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no S3Proxy at " + jar + ": run the tests with ./mvnw verify, which copies it there");
        }
        try {
            int port = freePort();
            Path home = Files.createDirectories(Path.of("target", "s3proxy", "run-" + port).toAbsolutePath());
            Path data = Files.createDirectories(home.resolve("data"));
            Path config = Files.writeString(home.resolve("s3proxy.conf"), String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem-nio2",
                    "jclouds.filesystem.basedir=" + data, ""));
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-jar", jar.toString(), "--properties", config.toString())
                    .redirectErrorStream(true).redirectOutput(home.resolve("s3proxy.log").toFile()).start();
            awaitPort(process, port, home.resolve("s3proxy.log"));
            return new S3Server(process, URI.create("http://127.0.0.1:" + port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(Process process, int port, Path log) {
        long until = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy stopped on start; see " + log);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        process.destroy();
        throw new IllegalStateException("S3Proxy did not answer within " + START + "; see " + log);
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A client of its own, not the application's, to look into the bucket as an operator would. */
    public S3Client client() {
        return client;
    }

    /** A new, empty bucket with a unique name. */
    public String newBucket() {
        String bucket = "iton-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toLowerCase(Locale.ROOT);
        client.createBucket(b -> b.bucket(bucket));
        return bucket;
    }

    /** Every key in the bucket under {@code prefix}, sorted. */
    public List<String> keys(String bucket, String prefix) {
        return client.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key).sorted().toList();
    }

    /** The application's settings for {@code bucket} under {@code prefix}, as an operator would give them. */
    public List<String> arguments(String bucket, String prefix) {
        return List.of("--iton.media.store=s3", "--iton.media.s3.bucket=" + bucket, "--iton.media.s3.prefix=" + prefix,
                "--iton.media.s3.endpoint=" + endpoint, "--iton.media.s3.path-style=true",
                "--iton.media.s3.access-key=" + ACCESS_KEY, "--iton.media.s3.secret-key=" + SECRET_KEY);
    }

    /** The same settings for a test's own application context. */
    public void register(DynamicPropertyRegistry registry, String bucket, String prefix) {
        for (String argument : arguments(bucket, prefix)) {
            String[] pair = argument.substring(2).split("=", 2);
            registry.add(pair[0], () -> pair[1]);
        }
    }
}
