package io.iton.site;

import io.iton.support.OnPostgres;

/** Sponsored content labelling on PostgreSQL. */
@OnPostgres
class SponsoredContentOnPostgresIT extends SponsoredContentContract {
}
