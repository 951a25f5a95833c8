package io.iton.account;

import io.iton.support.OnPostgres;

/** The account contract on PostgreSQL, the production database. */
@OnPostgres
class AccountOnPostgresIT extends AccountContract {
}
