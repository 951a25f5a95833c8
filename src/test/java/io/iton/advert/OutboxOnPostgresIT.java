package io.iton.advert;

import io.iton.support.OnPostgres;

/** The outbox contract on PostgreSQL, the production database. */
@OnPostgres
class OutboxOnPostgresIT extends OutboxContract {
}
