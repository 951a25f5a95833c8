package io.iton.site;

import io.iton.support.OnPostgres;

/** The site contract on PostgreSQL, the production database. */
@OnPostgres
class SiteOnPostgresIT extends SiteContract {
}
