package io.iton.article;

import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.zaxxer.hikari.HikariDataSource;

/**
 * An embedded H2 database of the workflow tests' own, as the application configures H2 (file
 * mode, PostgreSQL mode). The other contracts' application stays open beside this one, so the two
 * cannot share a database file, nor the search index that is kept per database.
 */
@TestConfiguration(proxyBeanMethods = false)
class WorkflowH2DataSource {

    private static final Path FOLDER = Path.of("target", "it-data", "workflow-" + UUID.randomUUID());

    @Bean
    DataSource dataSource() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:file:" + FOLDER.toAbsolutePath().resolve("iton")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        dataSource.setPoolName("iton-workflow-h2");
        return dataSource;
    }
}
