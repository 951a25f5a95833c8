package io.iton.search;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;

import io.iton.support.Postgres;
import io.iton.support.PostgresDataSource;

/** Search on PostgreSQL, the production database. */
@Import(PostgresDataSource.class)
class SearchOnPostgresIT extends SearchContract {

    @BeforeAll
    static void needsPostgres() {
        Postgres.assumeReachable();
    }
}
