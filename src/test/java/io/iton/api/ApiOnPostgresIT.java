package io.iton.api;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;

import io.iton.support.Postgres;
import io.iton.support.PostgresDataSource;

/** The API contract on PostgreSQL, the production database. */
@Import(PostgresDataSource.class)
class ApiOnPostgresIT extends ApiContract {

    @BeforeAll
    static void needsPostgres() {
        Postgres.assumeReachable();
    }
}
