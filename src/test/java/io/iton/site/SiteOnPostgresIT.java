package io.iton.site;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;

import io.iton.support.Postgres;
import io.iton.support.PostgresDataSource;

/** The site contract on PostgreSQL, the production database. */
@Import(PostgresDataSource.class)
class SiteOnPostgresIT extends SiteContract {

    @BeforeAll
    static void needsPostgres() {
        Postgres.assumeReachable();
    }
}
