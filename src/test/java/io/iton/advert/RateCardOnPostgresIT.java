package io.iton.advert;

import io.iton.support.OnPostgres;

/** The rate card on PostgreSQL, the production database. */
@OnPostgres
class RateCardOnPostgresIT extends RateCardContract {
}
