package io.iton.wordpress;

import io.iton.support.OnPostgres;

/** The WordPress import on PostgreSQL, the production database. */
@OnPostgres
class ImportOnPostgresIT extends ImportContract {
}
