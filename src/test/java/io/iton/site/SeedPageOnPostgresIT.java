package io.iton.site;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;

import io.iton.support.Postgres;
import io.iton.support.PostgresDataSource;

/** The seed page on PostgreSQL, the production database. */
@Import(PostgresDataSource.class)
class SeedPageOnPostgresIT extends SeedPageContract {

    @BeforeAll
    static void needsPostgres() {
        Postgres.assumeReachable();
    }
}
