package io.iton.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import com.zaxxer.hikari.HikariDataSource;

import io.iton.ItonApplication;

/**
 * Another node of the same site, as a load balancer would have beside the test's application: the
 * same database, its own data folder (search index, caches) and port, nothing else shared. It
 * runs in the test's JVM; on H2 the two share the one embedded database, as two nodes share
 * PostgreSQL.
 */
public final class SecondNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    public final Http http;

    private SecondNode(ConfigurableApplicationContext context) {
        this.context = context;
        this.http = new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    /** Starts a node on the database behind {@code dataSource} (a Hikari pool, as every test's is). */
    public static SecondNode on(DataSource dataSource) {
        return on(dataSource, List.of());
    }

    /** The same with more of the operator's settings, such as a shared media store: {@code --name=value} each. */
    public static SecondNode on(DataSource dataSource, List<String> settings) {
        HikariDataSource pool = (HikariDataSource) dataSource;
        Path data = Path.of("target", "it-data", "node-" + UUID.randomUUID()).toAbsolutePath();
        // As command-line arguments: they outrank application.properties, as an operator's do.
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + pool.getJdbcUrl(),
                "--spring.datasource.username=" + pool.getUsername(),
                "--spring.datasource.password=" + (pool.getPassword() == null ? "" : pool.getPassword()),
                "--iton.data-dir=" + data,
                "--iton.demo.enabled=false",
                "--iton.account.argon2-memory-kib=64",
                "--iton.account.argon2-iterations=1"));
        arguments.addAll(settings);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ItonApplication.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("onlyTheApplication", new OnlyTheApplication()))
                .run(arguments.toArray(String[]::new));
        return new SecondNode(context);
    }

    /**
     * Keeps the tests' own configuration (a test data source, clocks) out of the node's component
     * scan, as Spring's test support does for the test's application: the node is the program alone.
     */
    private static final class OnlyTheApplication extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURI().toString().contains("/test-classes/");
        }
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
