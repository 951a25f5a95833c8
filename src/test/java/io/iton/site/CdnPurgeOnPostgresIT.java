package io.iton.site;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;

import io.iton.support.Postgres;
import io.iton.support.PostgresDataSource;

/** The CDN purge webhook on PostgreSQL, the production database. */
@Import(PostgresDataSource.class)
class CdnPurgeOnPostgresIT extends CdnPurgeContract {

    @BeforeAll
    static void needsPostgres() {
        Postgres.assumeReachable();
    }
}
