package io.iton.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * On the embedded H2 database the pool keeps its connections for the program's life instead of
 * retiring them every 30 minutes. H2 (2.4) binds a CHECK constraint with an {@code IN (…)} list to
 * the session that created it; on a fresh database that is a pooled connection running the
 * migrations, and once the pool closed it every insert into such a table failed ("Check constraint
 * invalid", "The database has been closed"): a WordPress import or a first run longer than half an
 * hour broke. An embedded database has no server side to drop old connections, so nothing is lost.
 */
@Component
class EmbeddedDatabasePool implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:h2:")) {
            pool.setMaxLifetime(0);
        }
        return bean;
    }
}
