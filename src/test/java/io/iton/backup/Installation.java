package io.iton.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

import io.iton.ItonApplication;
import io.iton.shared.Command;
import io.iton.support.AppTest;
import io.iton.support.Engine;
import io.iton.support.Postgres;
import io.iton.support.TestDb;

/**
 * A brand-new installation as an operator would have it: an empty database of one engine (no
 * schema at all) and an empty data folder. Runs commands on it as {@code java -jar iton.jar NAME}
 * does (no web server, no scheduled jobs, no administrator from the environment), and starts the
 * site on it. Closing it deletes both.
 */
final class Installation implements AutoCloseable {

    final Engine engine;
    final Path data;
    private final String url;
    private final String pgDatabase;
    private final List<String> settings;
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    private Installation(Engine engine, Path data, String url, String pgDatabase, List<String> settings) {
        this.engine = engine;
        this.data = data;
        this.url = url;
        this.pgDatabase = pgDatabase;
        this.settings = List.copyOf(settings);
    }

    static Installation empty(Engine engine) throws IOException {
        return empty(engine, List.of());
    }

    /** The same with more of the operator's settings ({@code --name=value}), such as a media bucket. */
    static Installation empty(Engine engine, List<String> settings) throws IOException {
        Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "restore-");
        if (engine == Engine.POSTGRESQL) {
            String name = Postgres.createDatabase();
            return new Installation(engine, data, Postgres.url(name), name, settings);
        }
        return new Installation(engine, data, "jdbc:h2:file:" + data.resolve("iton") + TestDb.H2_OPTIONS, null,
                settings);
    }

    /** What a command printed and the exit code it returned. */
    record Run(int exitCode, String output) {
    }

    Run command(String name, String... args) throws Exception {
        try (ConfigurableApplicationContext context = start(WebApplicationType.NONE, "--iton.command=" + name)) {
            Command command = context.getBeansOfType(Command.class).values().stream()
                    .filter(c -> c.name().equals(name)).findFirst().orElseThrow();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int code;
            try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
                code = command.run(List.of(args), out);
            }
            return new Run(code, bytes.toString(StandardCharsets.UTF_8));
        }
    }

    /** The site on this installation, on a free port; closed with the installation. */
    ConfigurableApplicationContext site() {
        ConfigurableApplicationContext context = start(WebApplicationType.SERVLET, "--server.port=0");
        running.add(context);
        return context;
    }

    static int port(ConfigurableApplicationContext site) {
        return Integer.parseInt(site.getEnvironment().getProperty("local.server.port"));
    }

    /** The database as SQL sees it, without the application (for checks between commands). */
    JdbcClient jdbc() {
        return JdbcClient.create(new DriverManagerDataSource(url,
                engine == Engine.POSTGRESQL ? Postgres.USER : "sa", ""));
    }

    private ConfigurableApplicationContext start(WebApplicationType type, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--iton.data-dir=" + data,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (engine == Engine.POSTGRESQL ? Postgres.USER : "sa"),
                "--spring.datasource.password=",
                "--iton.cache.max-bytes=" + AppTest.CACHE_BYTES,
                "--iton.account.argon2-memory-kib=64",
                "--iton.account.argon2-iterations=1",
                "--spring.main.banner-mode=off"));
        args.addAll(settings);
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(ItonApplication.class)
                .web(type)
                .initializers(context -> context.getBeanFactory().registerSingleton("noTestConfiguration", new NoTestConfiguration()))
                .run(args.toArray(String[]::new));
    }

    @Override
    public void close() {
        running.reversed().forEach(ConfigurableApplicationContext::close);
        FileSystemUtils.deleteRecursively(data.toFile());
        if (pgDatabase != null) {
            Postgres.dropDatabase(pgDatabase);
        }
    }

    /** Component scanning outside a test context would pick up the tests' own configurations: leave them out. */
    static final class NoTestConfiguration extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof NoTestConfiguration;
        }

        @Override
        public int hashCode() {
            return NoTestConfiguration.class.hashCode();
        }
    }
}
