package io.iton.search;

import io.iton.support.OnPostgres;

/** Search on PostgreSQL, the production database. */
@OnPostgres
class SearchOnPostgresIT extends SearchContract {
}
