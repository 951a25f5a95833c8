package io.iton.support;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Import it to run the application on a new PostgreSQL database made for the test context; the
 * database is dropped when the context closes. Check {@link Postgres#assumeReachable()} in a
 * {@code @BeforeAll} first, so a machine without PostgreSQL skips instead of failing to start.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresDataSource {

    @Bean
    DataSource dataSource() {
        return new DroppingDataSource(Postgres.createDatabase());
    }

    static final class DroppingDataSource extends HikariDataSource {
        private final String database;

        DroppingDataSource(String database) {
            this.database = database;
            setJdbcUrl(Postgres.url(database));
            setUsername(Postgres.USER);
            setMaximumPoolSize(5);
            setPoolName("iton-test-" + database);
        }

        @Override
        public void close() {
            super.close();
            Postgres.dropDatabase(database);
        }
    }
}
