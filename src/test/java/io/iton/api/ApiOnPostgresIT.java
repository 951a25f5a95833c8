package io.iton.api;

import io.iton.support.OnPostgres;

/** The API contract on PostgreSQL, the production database. */
@OnPostgres
class ApiOnPostgresIT extends ApiContract {
}
