package io.iton.advert;

import io.iton.support.OnPostgres;

/** Quotes on PostgreSQL, the production database. */
@OnPostgres
class QuotesOnPostgresIT extends QuotesContract {
}
