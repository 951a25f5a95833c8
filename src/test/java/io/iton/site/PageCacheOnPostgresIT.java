package io.iton.site;

import io.iton.support.OnPostgres;

/** The page cache on PostgreSQL, the production database. */
@OnPostgres
class PageCacheOnPostgresIT extends PageCacheContract {
}
