package io.iton.site;

import io.iton.support.OnPostgres;

/** The CDN purge webhook on PostgreSQL, the production database. */
@OnPostgres
class CdnPurgeOnPostgresIT extends CdnPurgeContract {
}
