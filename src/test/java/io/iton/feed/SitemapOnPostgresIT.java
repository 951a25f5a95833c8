package io.iton.feed;

import io.iton.support.OnPostgres;

/** Sitemaps on PostgreSQL, the production database. */
@OnPostgres
class SitemapOnPostgresIT extends SitemapContract {
}
