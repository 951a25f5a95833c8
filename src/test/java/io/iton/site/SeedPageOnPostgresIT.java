package io.iton.site;

import io.iton.support.OnPostgres;

/** The seed page on PostgreSQL, the production database. */
@OnPostgres
class SeedPageOnPostgresIT extends SeedPageContract {
}
