package io.iton.advert;

import io.iton.support.OnPostgres;

/** The advertising desk contract on PostgreSQL, the production database. */
@OnPostgres
class LeadsOnPostgresIT extends LeadsContract {
}
