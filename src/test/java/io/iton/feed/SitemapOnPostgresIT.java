package io.iton.feed;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;

import io.iton.support.Postgres;
import io.iton.support.PostgresDataSource;

/** Sitemaps on PostgreSQL, the production database. */
@Import(PostgresDataSource.class)
class SitemapOnPostgresIT extends SitemapContract {

    @BeforeAll
    static void needsPostgres() {
        Postgres.assumeReachable();
    }
}
