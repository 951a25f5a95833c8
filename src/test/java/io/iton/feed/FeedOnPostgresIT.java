package io.iton.feed;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;

import io.iton.support.Postgres;
import io.iton.support.PostgresDataSource;

/** Feeds on PostgreSQL, the production database. */
@Import(PostgresDataSource.class)
class FeedOnPostgresIT extends FeedContract {

    @BeforeAll
    static void needsPostgres() {
        Postgres.assumeReachable();
    }
}
